import { renderHtml } from '../testing';
import { BackLink } from './back-link';

describe('BackLink', () => {
  it('says "Back" by default', () => {
    const link = renderHtml(<BackLink href="/school/" />).querySelector('a');
    expect(link?.classList).toEqual(['govuk-back-link']);
    expect(link?.getAttribute('href')).toBe('/school/');
    expect(link?.textContent).toBe('Back');
  });

  it('can say where it goes back to', () => {
    expect(renderHtml(<BackLink>Back to pupils</BackLink>).textContent).toBe('Back to pupils');
  });
});
