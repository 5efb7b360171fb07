import { renderHtml } from '../testing';
import { SummaryList } from './summary-list';

describe('SummaryList', () => {
  it('pairs each key with its value', () => {
    const page = renderHtml(
      <SummaryList
        rows={[
          { key: 'Name', value: 'Sam Smith' },
          { key: 'Year group', value: 'Year 8' },
        ]}
      />,
    );
    const rows = page.querySelectorAll('dl.govuk-summary-list div.govuk-summary-list__row');
    expect(
      rows.map((row) => [
        row.querySelector('dt.govuk-summary-list__key')?.textContent,
        row.querySelector('dd.govuk-summary-list__value')?.textContent,
      ]),
    ).toEqual([
      ['Name', 'Sam Smith'],
      ['Year group', 'Year 8'],
    ]);
    expect(rows[0]?.classList).toEqual(['govuk-summary-list__row']);
  });

  it('names what each change link changes, for screen readers', () => {
    const page = renderHtml(
      <SummaryList
        rows={[
          { key: 'Name', value: 'Sam Smith', actions: [{ href: '#name', text: 'Change', visuallyHiddenText: 'name' }] },
          { key: 'UPN', value: 'A123' },
        ]}
      />,
    );
    const link = page.querySelector('dd.govuk-summary-list__actions a.govuk-link');
    expect(link?.getAttribute('href')).toBe('#name');
    expect(link?.textContent).toBe('Change name');
    expect(page.querySelectorAll('.govuk-summary-list__row')[1]?.classList).toContain(
      'govuk-summary-list__row--no-actions',
    );
  });

  it('lists several actions and adds the card title to their hidden text', () => {
    const page = renderHtml(
      <SummaryList
        card={{ title: 'Sam Smith', actions: [{ href: '#remove', text: 'Remove' }] }}
        rows={[
          {
            key: 'Contact',
            value: 'Parent',
            actions: [
              { href: '#change', text: 'Change', visuallyHiddenText: 'contact' },
              { href: '#delete', text: 'Delete', visuallyHiddenText: 'contact' },
            ],
          },
        ]}
      />,
    );
    expect(page.querySelector('.govuk-summary-card h2.govuk-summary-card__title')?.textContent).toBe('Sam Smith');
    expect(page.querySelector('.govuk-summary-card__actions a')?.textContent).toBe('Remove (Sam Smith)');
    expect(
      page.querySelectorAll('ul.govuk-summary-list__actions-list li.govuk-summary-list__actions-list-item a').map(
        (link) => link.textContent,
      ),
    ).toEqual(['Change contact (Sam Smith)', 'Delete contact (Sam Smith)']);
    expect(page.querySelector('.govuk-summary-card__content dl.govuk-summary-list')).not.toBeNull();
  });
});
