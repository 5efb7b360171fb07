import { renderHtml } from '../testing';
import { ErrorSummary } from './error-summary';

describe('ErrorSummary', () => {
  const page = renderHtml(
    <ErrorSummary
      errorList={[
        { text: 'Enter a unique pupil number', href: '#upn' },
        { text: 'Enter a real date of birth', href: '#dob-day' },
        { text: 'The register is locked' },
      ]}
    />,
  );

  it('says there is a problem, inside an alert', () => {
    expect(page.querySelector('.govuk-error-summary [role="alert"] h2.govuk-error-summary__title')?.textContent).toBe(
      'There is a problem',
    );
    expect(page.querySelector('.govuk-error-summary')?.getAttribute('data-module')).toBe('govuk-error-summary');
  });

  it('links each error to the field that needs fixing', () => {
    const links = page.querySelectorAll('ul.govuk-list.govuk-error-summary__list li a');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter a unique pupil number', '#upn'],
      ['Enter a real date of birth', '#dob-day'],
    ]);
    expect(page.querySelectorAll('.govuk-error-summary__list li')[2]?.textContent).toBe('The register is locked');
  });

  it('can carry a description and turn off taking focus', () => {
    const other = renderHtml(<ErrorSummary titleText="Check the register" description="Fix these" errorList={[]} disableAutoFocus />);
    expect(other.querySelector('.govuk-error-summary__body p')?.textContent).toBe('Fix these');
    expect(other.querySelector('ul')).toBeNull();
    expect(other.querySelector('.govuk-error-summary')?.getAttribute('data-disable-auto-focus')).toBe('true');
  });
});
