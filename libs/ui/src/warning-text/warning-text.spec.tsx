import { renderHtml } from '../testing';
import { WarningText } from './warning-text';

describe('WarningText', () => {
  it('reads "Warning" in place of the icon', () => {
    const page = renderHtml(<WarningText>You can be fined up to £2,500.</WarningText>);
    expect(page.querySelector('.govuk-warning-text__icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(page.querySelector('strong.govuk-warning-text__text')?.textContent).toBe(
      'Warning You can be fined up to £2,500.',
    );
  });
});
