import { renderHtml } from '../testing';
import { SkipLink } from './skip-link';

describe('SkipLink', () => {
  it('lets keyboard users jump to the main content', () => {
    const link = renderHtml(<SkipLink />).querySelector('a');
    expect(link?.getAttribute('href')).toBe('#main-content');
    expect(link?.classList).toEqual(['govuk-skip-link']);
    expect(link?.getAttribute('data-module')).toBe('govuk-skip-link');
    expect(link?.textContent).toBe('Skip to main content');
  });
});
