import autocannon from 'autocannon';
import { Outcome, OutcomeTally } from './graphql-requests';
import { LoadSample } from './load-figures';
import { CpuTracker, readCpu, waitUntilIdle } from './process-cpu';

export interface LoadRequest {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface LoadOptions {
  /** The server's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  /** The `i`th request (0, 1, 2… across every connection). */
  readonly request: (i: number) => LoadRequest;
  /** What a response was (its body is read in full for this). */
  readonly outcome: (status: number, body: string) => Outcome;
  /** Requests already made to this server (so a second run carries on where the one before stopped). */
  readonly firstIndex?: number;
  /** Read the processor time of the server's process and of PostgreSQL's backends (the postmaster's), on Linux. */
  readonly cpu?: { readonly serverPid: number; readonly postmasterPid?: number };
}

/** How often the processor time of the server and PostgreSQL's backends is read while a load runs. */
const CPU_SAMPLE_MS = 200;

/**
 * Load from autocannon over loopback: `connections` keep-alive connections each sending POST /graphql as soon as
 * its last answer arrived, for `seconds`. Every response body is checked, since GraphQL reports errors in a 200.
 */
export async function runLoad(options: LoadOptions): Promise<{ sample: LoadSample; nextIndex: number }> {
  const tally = new OutcomeTally();
  const latencies: number[] = [];
  let next = options.firstIndex ?? 0;
  const { cpu } = options;
  const server = cpu && new CpuTracker(() => readCpu({ pid: cpu.serverPid })).sample();
  const postmaster = cpu?.postmasterPid;
  const postgres = postmaster === undefined ? undefined : new CpuTracker(() => readCpu({ backendsOf: postmaster })).sample();
  const client = process.cpuUsage();
  const sampling = setInterval(() => {
    server?.sample();
    postgres?.sample();
  }, CPU_SAMPLE_MS);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // (the sampling timer is cleared below, or here when autocannon fails)
    const fail = (error: unknown): void => {
      clearInterval(sampling);
      reject(error);
    };
    const instance: NodeJS.EventEmitter = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const { body, headers } = options.request(next++);
              return { ...request, body, headers: { ...request.headers, 'content-type': 'application/json', ...headers } };
            },
            onResponse: (status, body) => tally.add(options.outcome(status, body), status, body),
          },
        ],
      },
      (error: unknown, done: autocannon.Result) => (error ? fail(error) : resolve(done)),
    );
    // autocannon emits (client, statusCode, resBytes, responseTime); its typings leave out the client.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  });
  // Each connection has a request in flight when the clock stops: the server still does it. Its processor time is
  // counted with this run (and the next run starts on an idle server), shared over those requests too.
  if (server) await waitUntilIdle(() => server.sample().used() + (postgres?.sample().used() ?? 0));
  clearInterval(sampling);
  const clientUsed = process.cpuUsage(client);
  return {
    sample: {
      seconds: result.duration,
      latencies,
      ok: tally.ok,
      repeated: tally.repeated,
      errors: tally.errors,
      statuses: tally.statuses,
      socketErrors: result.errors + result.timeouts,
      lowestSecond: result.requests.min,
      inFlightAtEnd: options.connections,
      firstErrors: tally.firstErrors,
      ...(server
        ? {
            cpu: {
              server: server.sample().used(),
              ...(postgres ? { postgres: postgres.sample().used() } : {}),
              client: (clientUsed.user + clientUsed.system) / 1000,
            },
          }
        : {}),
    },
    nextIndex: next,
  };
}
