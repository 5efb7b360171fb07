import { renderHtml } from '../testing';
import { Details } from './details';

describe('Details', () => {
  it('hides the text behind its summary', () => {
    const page = renderHtml(<Details summary="What counts as persistent absence?">Missing 10% or more of sessions.</Details>);
    const details = page.querySelector('details.govuk-details');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('summary.govuk-details__summary span.govuk-details__summary-text')?.textContent).toBe(
      'What counts as persistent absence?',
    );
    expect(details?.querySelector('div.govuk-details__text')?.textContent).toBe('Missing 10% or more of sessions.');
  });

  it('can start open', () => {
    expect(renderHtml(<Details summary="Help" open>Text</Details>).querySelector('details')?.hasAttribute('open')).toBe(
      true,
    );
  });
});
