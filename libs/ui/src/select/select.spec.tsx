import { renderHtml } from '../testing';
import { Select } from './select';

const items = [
  { value: '', text: 'Choose a year group' },
  { value: 'Y7', text: 'Year 7' },
  { value: 'Y8', text: 'Year 8', disabled: true },
];

describe('Select', () => {
  it('ties the label to the select and lists the options', () => {
    const page = renderHtml(<Select name="yearGroup" label="Year group" items={items} defaultValue="Y7" />);
    const select = page.getById('yearGroup');
    expect(select.classList).toEqual(['govuk-select']);
    expect(page.labelTextFor('yearGroup')).toBe('Year group');
    const options = select.querySelectorAll('option');
    expect(options.map((option) => option.textContent)).toEqual(['Choose a year group', 'Year 7', 'Year 8']);
    expect(select.querySelector('option[value="Y7"]')?.hasAttribute('selected')).toBe(true);
    expect(select.querySelector('option[value="Y8"]')?.hasAttribute('disabled')).toBe(true);
  });

  it('describes the select with its hint and error', () => {
    const page = renderHtml(
      <Select name="yearGroup" label="Year group" items={items} hint="As on the census" errorMessage="Choose a year group" />,
    );
    const select = page.getById('yearGroup');
    expect(select.classList).toContain('govuk-select--error');
    expect(page.descriptionOf(select)).toEqual(['As on the census', 'Error: Choose a year group']);
  });
});
