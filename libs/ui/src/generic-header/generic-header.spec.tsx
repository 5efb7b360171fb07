import { renderHtml } from '../testing';
import { GenericHeader } from './generic-header';

describe('GenericHeader', () => {
  it('shows a text logo linking home, without the crown', () => {
    const page = renderHtml(<GenericHeader logo="Rollcall" url="/school/" />);
    const link = page.querySelector(
      '.govuk-generic-header .govuk-generic-header__container.govuk-width-container .govuk-generic-header__logo a.govuk-generic-header__homepage-link',
    );
    expect(link?.getAttribute('href')).toBe('/school/');
    expect(link?.textContent).toBe('Rollcall');
    expect(page.querySelector('svg')).toBeNull();
  });
});
