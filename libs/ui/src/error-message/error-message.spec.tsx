import { renderHtml } from '../testing';
import { ErrorMessage } from './error-message';

describe('ErrorMessage', () => {
  it('prefixes the message with hidden "Error:" for screen readers', () => {
    const page = renderHtml(<ErrorMessage id="name-error">Enter a name</ErrorMessage>);
    const message = page.getById('name-error');
    expect(message.classList).toContain('govuk-error-message');
    expect(message.querySelector('.govuk-visually-hidden')?.textContent).toBe('Error:');
    expect(message.textContent).toBe('Error: Enter a name');
  });

  it('can leave the prefix out', () => {
    const page = renderHtml(<ErrorMessage visuallyHiddenText={null}>Enter a name</ErrorMessage>);
    expect(page.querySelector('.govuk-visually-hidden')).toBeNull();
  });
});
