import { renderHtml } from '../testing';
import { PhaseBanner } from './phase-banner';

describe('PhaseBanner', () => {
  it('tags the phase and explains it', () => {
    const page = renderHtml(<PhaseBanner tag="Beta">This is a new service.</PhaseBanner>);
    expect(page.querySelector('.govuk-phase-banner')?.classList).toEqual(['govuk-phase-banner', 'govuk-width-container']);
    expect(page.querySelector('strong.govuk-tag.govuk-phase-banner__content__tag')?.textContent).toBe('Beta');
    expect(page.querySelector('.govuk-phase-banner__text')?.textContent).toBe('This is a new service.');
  });
});
