import { renderHtml } from '../testing';
import { Pagination } from './pagination';

describe('Pagination', () => {
  it('numbers the pages and marks the current one', () => {
    const page = renderHtml(
      <Pagination
        previous={{ href: '?page=1' }}
        next={{ href: '?page=3' }}
        items={[
          { number: 1, href: '?page=1' },
          { number: 2, href: '?page=2', current: true },
          { ellipsis: true },
          { number: 9, href: '?page=9' },
        ]}
      />,
    );
    const nav = page.querySelector('nav.govuk-pagination');
    expect(nav?.getAttribute('aria-label')).toBe('Pagination');
    expect(nav?.classList).toEqual(['govuk-pagination']);
    const current = page.querySelector('li.govuk-pagination__item--current a');
    expect(current?.getAttribute('aria-current')).toBe('page');
    expect(current?.getAttribute('aria-label')).toBe('Page 2');
    expect(page.querySelector('.govuk-pagination__item--ellipsis')?.textContent).toBe('\u22ef');
    expect(page.querySelector('.govuk-pagination__prev a[rel="prev"]')?.textContent).toBe('Previous page');
    expect(page.querySelector('.govuk-pagination__next a[rel="next"]')?.textContent).toBe('Next page');
  });

  it('uses the block style with labels when there are no numbered pages', () => {
    const page = renderHtml(<Pagination next={{ href: '/week/2', text: 'Next week', labelText: '8 to 12 September' }} />);
    expect(page.querySelector('nav')?.classList).toContain('govuk-pagination--block');
    expect(page.querySelector('.govuk-pagination__link-label')?.textContent).toBe('8 to 12 September');
    expect(page.querySelector('.govuk-pagination__next svg.govuk-pagination__icon--next')).not.toBeNull();
  });
});
