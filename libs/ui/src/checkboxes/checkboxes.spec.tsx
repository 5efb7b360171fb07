import { renderHtml } from '../testing';
import { Checkboxes } from './checkboxes';

const items = [
  { value: 'illness', text: 'Illness', hint: 'Including medical appointments' },
  { value: 'holiday', text: 'Holiday', conditional: <p>Was it authorised?</p> },
  { divider: 'or' },
  { value: 'none', text: 'None of these', exclusive: true },
];

describe('Checkboxes', () => {
  it('ties labels to checkboxes and describes the fieldset', () => {
    const page = renderHtml(
      <Checkboxes
        name="reasons"
        items={items}
        fieldset={{ legend: 'Reasons for absence' }}
        hint="Select all that apply"
        errorMessage="Select at least one reason"
        defaultValues={['holiday']}
      />,
    );
    expect(page.querySelectorAll('input.govuk-checkboxes__input').map((input) => input.getAttribute('id'))).toEqual([
      'reasons',
      'reasons-2',
      'reasons-4',
    ]);
    expect(page.labelTextFor('reasons-2')).toBe('Holiday');
    expect(page.descriptionOf(page.querySelector('fieldset'))).toEqual([
      'Select all that apply',
      'Error: Select at least one reason',
    ]);
    expect(page.descriptionOf(page.getById('reasons'))).toEqual(['Including medical appointments']);
    expect(page.getById('reasons-2').hasAttribute('checked')).toBe(true);
    expect(page.getById('conditional-reasons-2').classList).toEqual(['govuk-checkboxes__conditional']);
    expect(page.getById('reasons-4').getAttribute('data-behaviour')).toBe('exclusive');
    expect(page.querySelector('.govuk-checkboxes')?.getAttribute('data-module')).toBe('govuk-checkboxes');
  });

  it('describes each checkbox with the group hint and error when there is no fieldset', () => {
    const page = renderHtml(
      <Checkboxes
        name="consent"
        items={[{ value: 'yes', text: 'I agree', hint: 'You can change this later' }]}
        hint="Read the terms first"
        errorMessage="Agree to continue"
        values={[]}
        onChange={() => undefined}
      />,
    );
    expect(page.getById('consent').getAttribute('aria-describedby')).toBe(
      'consent-hint consent-error consent-item-hint',
    );
    expect(page.getById('consent').hasAttribute('checked')).toBe(false);
  });
});
