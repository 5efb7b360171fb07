import { renderHtml } from '../testing';
import { Table } from './table';

describe('Table', () => {
  const page = renderHtml(
    <Table
      caption="Attendance this term"
      captionClassName="govuk-table__caption--m"
      firstCellIsHeader
      head={['Pupil', { text: 'Sessions', format: 'numeric' }, { text: 'Attendance', format: 'numeric' }]}
      rows={[
        ['Sam Smith', { text: 120, format: 'numeric' }, { text: '92.5%', format: 'numeric' }],
        ['Ali Khan', { text: 118, format: 'numeric' }, { text: '88.1%', format: 'numeric' }],
      ]}
    />,
  );

  it('has a caption that names the table', () => {
    expect(page.querySelector('table.govuk-table caption.govuk-table__caption.govuk-table__caption--m')?.textContent).toBe(
      'Attendance this term',
    );
  });

  it('gives column headers and row headers their scope', () => {
    const headers = page.querySelectorAll('thead th');
    expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(page.querySelectorAll('tbody th[scope="row"]').map((th) => th.textContent)).toEqual([
      'Sam Smith',
      'Ali Khan',
    ]);
  });

  it('right-aligns numeric columns', () => {
    expect(headers(1)).toContain('govuk-table__header--numeric');
    const cells = page.querySelectorAll('tbody tr')[0]?.querySelectorAll('td') ?? [];
    expect(cells.map((td) => td.classList)).toEqual([
      ['govuk-table__cell', 'govuk-table__cell--numeric'],
      ['govuk-table__cell', 'govuk-table__cell--numeric'],
    ]);
    expect(cells.map((td) => td.textContent)).toEqual(['120', '92.5%']);
  });

  function headers(index: number): readonly string[] {
    return page.querySelectorAll('thead th')[index]?.classList ?? [];
  }

  it('works without a head, caption or row headers', () => {
    const plain = renderHtml(<Table rows={[['a', { text: 'b', colSpan: 2 }]]} />);
    expect(plain.querySelector('caption')).toBeNull();
    expect(plain.querySelector('thead')).toBeNull();
    expect(plain.querySelectorAll('td').map((td) => td.getAttribute('colspan'))).toEqual([null, '2']);
  });
});
