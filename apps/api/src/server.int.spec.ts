import { createDataSource } from '@rollcall/db';
import { useTestDataSource } from '@rollcall/db/testing';
import { createHttpServer, RollcallHttpServer } from './server';

async function graphql(base: string, query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the API over HTTP', () => {
  const db = useTestDataSource();
  let http: RollcallHttpServer;
  let base: string;

  beforeAll(async () => {
    http = await createHttpServer({ dataSource: db.dataSource });
    base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
  });
  afterAll(() => http.close());

  it('answers the health query with the database up', async () => {
    const { status, body } = await graphql(base, '{ health { status database } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { health: { status: 'ok', database: 'UP' } } });
  });

  it('is live and ready while the database answers', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'UP' });
  });

  it('refuses a query for a field that does not exist, saying which', async () => {
    const { status, body } = await graphql(base, '{ health { colour } }');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('Cannot query field \\"colour\\" on type \\"Health\\"');
  });

  it('serves the GOV.UK fonts and images the portals use', async () => {
    const response = await fetch(`${base}/assets/images/favicon.ico`);
    expect(response.status).toBe(200);
  });
});

describe('the API when its database is unreachable', () => {
  let http: RollcallHttpServer;
  let base: string;

  beforeAll(async () => {
    const unreachable = createDataSource({ url: 'postgres://nobody:nothing@127.0.0.1:1/none', logErrors: false });
    http = await createHttpServer({ dataSource: unreachable });
    base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
  });
  afterAll(() => http.close());

  it('is live but not ready, and health says the database is down', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect((await graphql(base, '{ health { database } }')).body).toEqual({ data: { health: { database: 'DOWN' } } });
  });
});
