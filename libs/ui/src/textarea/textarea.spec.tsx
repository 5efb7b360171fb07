import { renderHtml } from '../testing';
import { Textarea } from './textarea';

describe('Textarea', () => {
  it('ties the label, hint and error to the textarea', () => {
    const page = renderHtml(
      <Textarea name="reason" label="Reason for absence" hint="Do not include medical details" errorMessage="Enter a reason" />,
    );
    const textarea = page.getById('reason');
    expect(textarea.tagName).toBe('textarea');
    expect(textarea.getAttribute('rows')).toBe('5');
    expect(textarea.classList).toEqual(['govuk-textarea', 'govuk-textarea--error']);
    expect(page.labelTextFor('reason')).toBe('Reason for absence');
    expect(page.descriptionOf(textarea)).toEqual(['Do not include medical details', 'Error: Enter a reason']);
    expect(page.querySelector('.govuk-form-group--error')).not.toBeNull();
  });

  it('has no description when there is no hint or error', () => {
    const page = renderHtml(<Textarea name="notes" label="Notes" rows={3} />);
    expect(page.getById('notes').hasAttribute('aria-describedby')).toBe(false);
    expect(page.getById('notes').getAttribute('rows')).toBe('3');
  });
});
