import { renderHtml } from '../testing';
import { InsetText } from './inset-text';

describe('InsetText', () => {
  it('sets text apart from the content around it', () => {
    const page = renderHtml(<InsetText>It can take up to 2 school days to update.</InsetText>);
    expect(page.querySelector('div.govuk-inset-text')?.textContent).toBe('It can take up to 2 school days to update.');
  });
});
