import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createRollcallClient, HealthDocument, RollcallRequestError } from './index';

describe('createRollcallClient', () => {
  let server: Server;
  let url: string;
  let lastRequest: { headers: IncomingMessage['headers']; body: { query: string } } | undefined;
  let reply: { status: number; body: string };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        lastRequest = { headers: req.headers, body: JSON.parse(raw) };
        res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends the operation with the API key and returns the typed data', async () => {
    reply = { status: 200, body: JSON.stringify({ data: { health: { status: 'ok', database: 'UP' } } }) };
    const client = createRollcallClient({ url, apiKey: 'rk_test_123' });
    const result = await client.request(HealthDocument);
    expect(result.health.database).toBe('UP');
    expect(lastRequest?.headers.authorization).toBe('Bearer rk_test_123');
    expect(lastRequest?.body.query).toContain('health');
  });

  it('raises the API’s own error messages', async () => {
    reply = { status: 200, body: JSON.stringify({ errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] }) };
    const client = createRollcallClient({ url });
    await expect(client.request(HealthDocument)).rejects.toMatchObject({
      name: 'RollcallRequestError',
      message: 'Not signed in',
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('says so when the answer is not GraphQL at all', async () => {
    reply = { status: 502, body: '<html>Bad gateway</html>' };
    const error = await createRollcallClient({ url }).request(HealthDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RollcallRequestError);
    expect((error as RollcallRequestError).status).toBe(502);
  });
});
