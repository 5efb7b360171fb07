import { renderHtml } from '../testing';
import { Fieldset } from './fieldset';

describe('Fieldset', () => {
  it('groups fields under a legend', () => {
    const page = renderHtml(
      <Fieldset legend="Address" describedBy="address-hint">
        <input id="line-1" />
      </Fieldset>,
    );
    const fieldset = page.querySelector('fieldset.govuk-fieldset');
    expect(fieldset?.getAttribute('aria-describedby')).toBe('address-hint');
    expect(fieldset?.querySelector('legend.govuk-fieldset__legend')?.textContent).toBe('Address');
    expect(fieldset?.querySelector('input#line-1')).not.toBeNull();
  });

  it('can make the legend the page heading', () => {
    const page = renderHtml(
      <Fieldset legend={{ text: 'Where does the pupil live?', isPageHeading: true, className: 'govuk-fieldset__legend--l' }} />,
    );
    expect(page.querySelector('legend.govuk-fieldset__legend--l h1.govuk-fieldset__heading')?.textContent).toBe(
      'Where does the pupil live?',
    );
  });

  it('leaves the legend out when there is none', () => {
    expect(renderHtml(<Fieldset />).querySelector('legend')).toBeNull();
  });
});
