import { renderHtml } from '../testing';
import { Footer } from './footer';

describe('Footer', () => {
  it('shows the crown, the Open Government Licence and Crown copyright by default', () => {
    const page = renderHtml(<Footer />);
    expect(page.querySelector('.govuk-footer .govuk-width-container svg.govuk-footer__crown')).not.toBeNull();
    expect(page.querySelector('svg.govuk-footer__licence-logo')).not.toBeNull();
    expect(page.querySelector('.govuk-footer__licence-description a[rel="license"]')?.textContent).toBe(
      'Open Government Licence v3.0',
    );
    const copyright = page.querySelector('a.govuk-footer__copyright-logo');
    expect(copyright?.textContent).toBe('© Crown copyright');
  });

  it('lists support links under a hidden heading', () => {
    const page = renderHtml(
      <Footer
        meta={{ items: [{ href: '/help', text: 'Help' }, { href: '/privacy', text: 'Privacy' }], children: 'Built by Rollcall' }}
        navigation={[{ title: 'Services', items: [{ href: '/school/', text: 'Schools' }], columns: 2, width: 'two-thirds' }]}
      />,
    );
    expect(page.querySelector('.govuk-footer__meta h2.govuk-visually-hidden')?.textContent).toBe('Support links');
    expect(page.querySelectorAll('ul.govuk-footer__inline-list a.govuk-footer__link').map((a) => a.textContent)).toEqual([
      'Help',
      'Privacy',
    ]);
    expect(page.querySelector('.govuk-footer__meta-custom')?.textContent).toBe('Built by Rollcall');
    expect(page.querySelector('.govuk-footer__section.govuk-grid-column-two-thirds ul.govuk-footer__list--columns-2')).not.toBeNull();
    expect(page.querySelector('hr.govuk-footer__section-break')).not.toBeNull();
  });

  it('leaves out the crown, coat of arms and licence for a service not on GOV.UK', () => {
    const page = renderHtml(
      <Footer crown={false} contentLicence="Released under the MIT licence" copyright={null} />,
    );
    expect(page.querySelector('svg')).toBeNull();
    expect(page.querySelector('.govuk-footer__licence-description')?.textContent).toBe('Released under the MIT licence');
    expect(page.querySelector('.govuk-footer__copyright-logo')).toBeNull();
    expect(page.querySelectorAll('.govuk-footer__meta-item')).toHaveLength(1);
  });
});
