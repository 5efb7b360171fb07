import { renderHtml } from '../testing';
import { DateInput } from './date-input';

describe('DateInput', () => {
  it('gives each box a label and a numeric keyboard inside a described group', () => {
    const page = renderHtml(
      <DateInput
        id="dob"
        namePrefix="dob"
        fieldset={{ legend: 'Date of birth' }}
        hint="For example, 27 3 2012"
        defaultValue={{ day: '27', month: '3', year: '2012' }}
      />,
    );
    const fieldset = page.querySelector('fieldset');
    expect(fieldset?.getAttribute('role')).toBe('group');
    expect(page.descriptionOf(fieldset)).toEqual(['For example, 27 3 2012']);
    expect(page.labelTextFor('dob-day')).toBe('Day');
    expect(page.labelTextFor('dob-month')).toBe('Month');
    expect(page.labelTextFor('dob-year')).toBe('Year');
    const year = page.getById('dob-year');
    expect(year.getAttribute('name')).toBe('dob-year');
    expect(year.getAttribute('inputmode')).toBe('numeric');
    expect(year.getAttribute('value')).toBe('2012');
    expect(year.classList).toEqual(['govuk-input', 'govuk-date-input__input', 'govuk-input--width-4']);
    expect(page.getById('dob-day').classList).toContain('govuk-input--width-2');
    expect(page.getById('dob').classList).toEqual(['govuk-date-input']);
  });

  it('marks every box in error when the whole date is wrong', () => {
    const page = renderHtml(<DateInput id="dob" errorMessage="Enter a real date of birth" />);
    expect(page.querySelectorAll('.govuk-date-input__input.govuk-input--error')).toHaveLength(3);
    expect(page.getById('dob-error').textContent).toBe('Error: Enter a real date of birth');
    expect(page.querySelector('.govuk-form-group')?.classList).toContain('govuk-form-group--error');
  });

  it('marks only the box in error when one is named', () => {
    const page = renderHtml(
      <DateInput
        id="start"
        errorMessage="Date must include a month"
        items={[{ name: 'day' }, { name: 'month', error: true }, { name: 'year' }]}
        value={{ day: '1', month: '', year: '2025' }}
        onChange={() => undefined}
      />,
    );
    expect(page.querySelectorAll('.govuk-input--error').map((input) => input.getAttribute('id'))).toEqual([
      'start-month',
    ]);
    expect(page.getById('start-day').getAttribute('value')).toBe('1');
  });
});
