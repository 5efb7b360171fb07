import { renderToStaticMarkup } from 'react-dom/server';
import { documentTitle, PortalLayout } from './portal-layout';

describe('PortalLayout', () => {
  const html = renderToStaticMarkup(
    <PortalLayout
      serviceName="School attendance"
      serviceUrl="/school/"
      navigation={[{ text: 'Home', href: '/school/', current: true }]}
    >
      <h1 className="govuk-heading-xl">School attendance</h1>
    </PortalLayout>,
  );

  it('names the portal in the service navigation, linking to its home page', () => {
    expect(html).toContain(
      '<span class="govuk-service-navigation__service-name"><a href="/school/" class="govuk-service-navigation__link">School attendance</a></span>',
    );
    expect(html).toContain('aria-current="page"');
  });

  it('uses the generic header and a footer without the crown, as Rollcall is not on GOV.UK', () => {
    expect(html).toContain('<a href="/school/" class="govuk-generic-header__homepage-link">Rollcall</a>');
    expect(html).not.toContain('govuk-header__logotype');
    expect(html).not.toContain('govuk-footer__crown');
    expect(html).not.toContain('Crown copyright');
    expect(html).toContain('released under the MIT licence');
  });

  it('keeps the skip link, phase banner and main landmark', () => {
    expect(html).toContain('<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">');
    expect(html).toContain('govuk-phase-banner');
    expect(html).toContain('<main class="govuk-main-wrapper" id="main-content">');
    expect(html).toContain('<title>School attendance</title>');
  });
});

describe('documentTitle', () => {
  it('puts the page before the service and flags errors', () => {
    expect(documentTitle('School attendance')).toBe('School attendance');
    expect(documentTitle('School attendance', 'Pupils')).toBe('Pupils – School attendance');
    expect(documentTitle('School attendance', 'Add a pupil', true)).toBe('Error: Add a pupil – School attendance');
  });
});
