import { renderHtml } from '../testing';
import { Panel } from './panel';

describe('Panel', () => {
  it('confirms a finished task with a heading and body', () => {
    const page = renderHtml(
      <Panel title="Return submitted">
        Your reference number<br />
        <strong>HDJ2123F</strong>
      </Panel>,
    );
    expect(page.querySelector('.govuk-panel.govuk-panel--confirmation h1.govuk-panel__title')?.textContent).toBe(
      'Return submitted',
    );
    expect(page.querySelector('.govuk-panel__body strong')?.textContent).toBe('HDJ2123F');
  });

  it('can use another heading level and leave out the body', () => {
    const page = renderHtml(<Panel title="Done" headingLevel={2} />);
    expect(page.querySelector('h2.govuk-panel__title')).not.toBeNull();
    expect(page.querySelector('.govuk-panel__body')).toBeNull();
  });
});
