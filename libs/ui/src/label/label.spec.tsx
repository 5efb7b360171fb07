import { renderHtml } from '../testing';
import { Label } from './label';

describe('Label', () => {
  it('ties the label to its control', () => {
    const page = renderHtml(<Label text="Full name" htmlFor="full-name" />);
    expect(page.labelTextFor('full-name')).toBe('Full name');
    expect(page.querySelector('label')?.classList).toEqual(['govuk-label']);
  });

  it('can be the page heading', () => {
    const page = renderHtml(
      <Label text="What is the pupil's name?" htmlFor="name" isPageHeading className="govuk-label--l" />,
    );
    expect(page.querySelector('h1.govuk-label-wrapper label.govuk-label.govuk-label--l')?.textContent).toBe(
      "What is the pupil's name?",
    );
  });

  it('renders nothing without text', () => {
    expect(renderHtml(<Label text="" />).html).toBe('');
  });
});
