import { renderHtml } from '../testing';
import { Header } from './header';

describe('Header', () => {
  it('shows the GOV.UK logo, named for screen readers, linking to GOV.UK', () => {
    const page = renderHtml(<Header />);
    const link = page.querySelector('.govuk-header .govuk-header__container.govuk-width-container a.govuk-header__homepage-link');
    expect(link?.getAttribute('href')).toBe('//gov.uk');
    const logo = link?.querySelector('svg.govuk-header__logotype');
    expect(logo?.getAttribute('role')).toBe('img');
    expect(logo?.getAttribute('aria-label')).toBe('GOV.UK');
    expect(logo?.querySelector('title')?.textContent).toBe('GOV.UK');
    expect(logo?.getAttribute('viewBox')).toBe('0 0 324 60');
  });

  it('can carry a product name', () => {
    const page = renderHtml(<Header productName="Pay" homepageUrl="/" />);
    expect(page.querySelector('.govuk-header__product-name')?.textContent).toBe('Pay');
  });
});
