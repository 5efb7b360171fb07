import { renderHtml } from '../testing';
import { Radios } from './radios';

const items = [
  { value: 'yes', text: 'Yes', hint: 'The pupil attended' },
  { value: 'no', text: 'No', conditional: <p>Record an absence code</p> },
  { divider: 'or' },
  { value: 'unknown', text: 'Not known' },
];

describe('Radios', () => {
  const page = renderHtml(
    <Radios
      name="attended"
      items={items}
      fieldset={{ legend: { text: 'Did the pupil attend?', isPageHeading: true, className: 'govuk-fieldset__legend--l' } }}
      hint="Select one option"
      errorMessage="Select whether the pupil attended"
      defaultValue="no"
      className="govuk-radios--inline"
    />,
  );

  it('gives the first radio the plain name as id, so the error summary can link to it', () => {
    const ids = page.querySelectorAll('input.govuk-radios__input').map((input) => input.getAttribute('id'));
    expect(ids).toEqual(['attended', 'attended-2', 'attended-4']);
    expect(page.labelTextFor('attended')).toBe('Yes');
    expect(page.labelTextFor('attended-4')).toBe('Not known');
    expect(page.querySelector('label[for="attended"]')?.classList).toEqual(['govuk-label', 'govuk-radios__label']);
  });

  it('describes the fieldset with the hint and error', () => {
    const fieldset = page.querySelector('fieldset');
    expect(page.descriptionOf(fieldset)).toEqual(['Select one option', 'Error: Select whether the pupil attended']);
    expect(page.querySelector('legend h1')?.textContent).toBe('Did the pupil attend?');
    expect(page.querySelector('.govuk-form-group')?.classList).toContain('govuk-form-group--error');
  });

  it('describes an item with its own hint', () => {
    expect(page.descriptionOf(page.getById('attended'))).toEqual(['The pupil attended']);
    expect(page.getById('attended-item-hint').classList).toEqual(['govuk-hint', 'govuk-radios__hint']);
  });

  it('reveals conditional content for the chosen option', () => {
    const input = page.getById('attended-2');
    expect(input.hasAttribute('checked')).toBe(true);
    expect(input.getAttribute('data-aria-controls')).toBe('conditional-attended-2');
    const conditional = page.getById('conditional-attended-2');
    expect(conditional.classList).toEqual(['govuk-radios__conditional']);
    expect(conditional.textContent).toBe('Record an absence code');
  });

  it('hides conditional content for an option not chosen', () => {
    const other = renderHtml(<Radios name="attended" items={items} value="yes" onChange={() => undefined} />);
    expect(other.getById('attended').hasAttribute('checked')).toBe(true);
    expect(other.getById('conditional-attended-2').classList).toContain('govuk-radios__conditional--hidden');
    expect(other.querySelector('fieldset')).toBeNull();
  });

  it('keeps the markup govuk-frontend expects', () => {
    const radios = page.querySelector('div.govuk-radios');
    expect(radios?.classList).toEqual(['govuk-radios', 'govuk-radios--inline']);
    expect(radios?.getAttribute('data-module')).toBe('govuk-radios');
    expect(page.querySelector('.govuk-radios__divider')?.textContent).toBe('or');
    expect(page.querySelectorAll('input[type="radio"][name="attended"]')).toHaveLength(3);
  });
});
