import { renderHtml } from '../testing';
import { Hint } from './hint';

describe('Hint', () => {
  it('renders the hint with its id', () => {
    const page = renderHtml(<Hint id="dob-hint">For example, 27 3 2007</Hint>);
    expect(page.getById('dob-hint').classList).toEqual(['govuk-hint']);
    expect(page.textContent).toBe('For example, 27 3 2007');
  });
});
