import { renderToStaticMarkup } from 'react-dom/server';
import { HealthSummary } from './health-summary';

function rows(html: string): string[] {
  return [...html.matchAll(/<dt class="govuk-summary-list__key">(.*?)<\/dt><dd class="govuk-summary-list__value">(.*?)<\/dd>/g)].map(
    ([, key, value]) => `${key}: ${(value ?? '').replace(/<[^>]+>/g, '')}`,
  );
}

describe('HealthSummary', () => {
  it('says it is checking while the answer is on its way', () => {
    const html = renderToStaticMarkup(<HealthSummary state={{ kind: 'loading' }} />);
    expect(html).toContain('<p class="govuk-body" role="status">Checking whether Rollcall is working…</p>');
    expect(html).not.toContain('govuk-summary-list');
  });

  it('lists the service and database status', () => {
    const html = renderToStaticMarkup(
      <HealthSummary state={{ kind: 'answered', health: { status: 'ok', database: 'UP' } }} />,
    );
    expect(html).toContain('<h2 class="govuk-heading-m" id="service-status">Service status</h2>');
    expect(rows(html)).toEqual(['Service: Working', 'Database: Connected']);
    expect(html).toContain('<strong class="govuk-tag govuk-tag--green">Connected</strong>');
  });

  it('says when the database is not connected', () => {
    const html = renderToStaticMarkup(
      <HealthSummary state={{ kind: 'answered', health: { status: 'ok', database: 'DOWN' } }} />,
    );
    expect(rows(html)).toEqual(['Service: Working', 'Database: Not connected']);
    expect(html).toContain('<strong class="govuk-tag govuk-tag--red">Not connected</strong>');
  });

  it('explains in plain English when the API cannot be reached', () => {
    const html = renderToStaticMarkup(<HealthSummary state={{ kind: 'unreachable' }} />);
    expect(rows(html)).toEqual(['Service: Not working', 'Database: Not known']);
    expect(html).toContain('Rollcall could not be reached.');
    expect(html).toContain('role="alert"');
  });
});
