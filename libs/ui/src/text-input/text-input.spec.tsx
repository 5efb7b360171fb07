import { renderHtml } from '../testing';
import { TextInput } from './text-input';

describe('TextInput', () => {
  it('ties the label to the input, using the name as the id', () => {
    const page = renderHtml(<TextInput name="upn" label="Unique pupil number" />);
    const input = page.getById('upn');
    expect(input.tagName).toBe('input');
    expect(input.getAttribute('type')).toBe('text');
    expect(input.getAttribute('name')).toBe('upn');
    expect(input.classList).toEqual(['govuk-input']);
    expect(page.labelTextFor('upn')).toBe('Unique pupil number');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(page.querySelector('div.govuk-form-group')?.classList).toEqual(['govuk-form-group']);
  });

  it('describes the input with its hint and error, and marks the group as in error', () => {
    const page = renderHtml(
      <TextInput
        name="upn"
        id="pupil-upn"
        label="Unique pupil number"
        hint="13 characters, starting with a letter"
        errorMessage="Enter a unique pupil number"
        describedBy="extra"
        className="govuk-input--width-20"
      />,
    );
    const input = page.getById('pupil-upn');
    expect(input.getAttribute('aria-describedby')).toBe('extra pupil-upn-hint pupil-upn-error');
    expect(page.getById('pupil-upn-hint').textContent).toBe('13 characters, starting with a letter');
    expect(page.getById('pupil-upn-error').textContent).toBe('Error: Enter a unique pupil number');
    expect(input.classList).toEqual(['govuk-input', 'govuk-input--width-20', 'govuk-input--error']);
    expect(page.querySelector('.govuk-form-group')?.classList).toContain('govuk-form-group--error');
  });

  it('passes input attributes through', () => {
    const page = renderHtml(
      <TextInput name="email" type="email" label="Email" autoComplete="email" spellCheck={false} defaultValue="a@b.c" />,
    );
    const input = page.getById('email');
    expect(input.getAttribute('type')).toBe('email');
    expect(input.getAttribute('autocomplete')).toBe('email');
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(input.getAttribute('value')).toBe('a@b.c');
  });

  it('shows a prefix and suffix hidden from screen readers', () => {
    const page = renderHtml(<TextInput name="cost" label="Cost" prefix="£" suffix="per item" />);
    const wrapper = page.querySelector('.govuk-input__wrapper');
    expect(wrapper?.querySelector('.govuk-input__prefix[aria-hidden="true"]')?.textContent).toBe('£');
    expect(wrapper?.querySelector('input#cost')).not.toBeNull();
    expect(wrapper?.querySelector('.govuk-input__suffix')?.textContent).toBe('per item');
  });

  it('can make the label the page heading', () => {
    const page = renderHtml(
      <TextInput name="name" label={{ text: 'What is your name?', isPageHeading: true, className: 'govuk-label--l' }} />,
    );
    expect(page.querySelector('h1.govuk-label-wrapper label.govuk-label--l')?.getAttribute('for')).toBe('name');
  });
});
