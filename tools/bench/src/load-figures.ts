import { nearestRank } from './stats';

/** What one autocannon run against one server saw. */
export interface LoadSample {
  readonly seconds: number;
  /** Each response's time from the request being sent, in ms. */
  readonly latencies: readonly number[];
  /** Responses that were what was asked for; repeats the product recognised (submissions only); anything else. */
  readonly ok: number;
  readonly repeated: number;
  readonly errors: number;
  /** Responses by HTTP status. */
  readonly statuses: ReadonlyMap<number, number>;
  /** Connection errors and timeouts (no response at all). */
  readonly socketErrors: number;
  /** Responses in the run's slowest whole second. */
  readonly lowestSecond: number;
  /** Requests sent but not answered when the clock stopped (one a connection): the server still did them. */
  readonly inFlightAtEnd: number;
  readonly firstErrors: readonly string[];
  /** Processor time used while it ran and while the server finished what was in flight, in ms (where it could be read). */
  readonly cpu?: { readonly server: number; readonly postgres?: number; readonly client: number };
}

/** One server under load: what it answered, how fast, and what went wrong (HTTP, socket or in the GraphQL body). */
export interface LoadFigures {
  readonly seconds: number;
  readonly connections: number;
  /** Responses that were what was asked for. */
  readonly ok: number;
  readonly perSecond: number;
  /** The slowest one-second sample of all responses. */
  readonly lowestSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  /** Connection errors and timeouts. */
  readonly socketErrors: number;
  /** 200 responses carrying GraphQL errors, a refusal, or not the data asked for. */
  readonly graphQLErrors: number;
  /** Submissions the product answered as repeats of an earlier one (the plan ran out of registers). */
  readonly repeated: number;
  readonly firstErrors: readonly string[];
  /** Processor time per request done (where it could be read): the server's process, PostgreSQL's backends, and autocannon's. */
  readonly cpuMsPerRequest?: ProcessorTime;
}

export interface ProcessorTime {
  readonly server: number;
  readonly postgres?: number;
  readonly client: number;
}

/** The figures of one or more runs against the same server (rounds taken in turn with another server's), taken together. */
export function loadFigures(samples: readonly LoadSample[], connections: number): LoadFigures {
  if (samples.length === 0) throw new Error('No load was run');
  const sum = (f: (s: LoadSample) => number): number => samples.reduce((total, s) => total + f(s), 0);
  const seconds = sum((s) => s.seconds);
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const non2xx = sum((s) => [...s.statuses].reduce((n, [status, count]) => n + (status >= 200 && status < 300 ? 0 : count), 0));
  const done = sum((s) => s.ok + s.repeated + s.errors + s.inFlightAtEnd);
  const withCpu = samples.every((s) => s.cpu !== undefined);
  const withPostgres = withCpu && samples.every((s) => s.cpu?.postgres !== undefined);
  const per = (ms: number): number => (done === 0 ? 0 : ms / done);
  return {
    seconds,
    connections,
    ok: sum((s) => s.ok),
    perSecond: seconds === 0 ? 0 : sum((s) => s.ok) / seconds,
    lowestSecond: Math.min(...samples.map((s) => s.lowestSecond)),
    p50Ms: latencies.length === 0 ? 0 : Math.round(nearestRank(latencies, 50)),
    p99Ms: latencies.length === 0 ? 0 : Math.round(nearestRank(latencies, 99)),
    non2xx,
    socketErrors: sum((s) => s.socketErrors),
    graphQLErrors: sum((s) => s.errors) - non2xx,
    repeated: sum((s) => s.repeated),
    firstErrors: samples.flatMap((s) => s.firstErrors).slice(0, 3),
    ...(withCpu
      ? {
          cpuMsPerRequest: {
            server: per(sum((s) => s.cpu?.server ?? 0)),
            ...(withPostgres ? { postgres: per(sum((s) => s.cpu?.postgres ?? 0)) } : {}),
            client: per(sum((s) => s.cpu?.client ?? 0)),
          },
        }
      : {}),
  };
}

/** Every response an error of any kind. */
export function errorsOf(figures: LoadFigures): number {
  return figures.non2xx + figures.socketErrors + figures.graphQLErrors;
}

/** The product's throughput as a share of the baseline's (1 = as fast). */
export function throughputRatio(product: LoadFigures, baseline: LoadFigures): number {
  return baseline.perSecond === 0 ? 0 : product.perSecond / baseline.perSecond;
}

/** Processor time a request costs in all (server and PostgreSQL), when both were read. */
export function processorMsPerRequest(figures: LoadFigures): number | undefined {
  const cpu = figures.cpuMsPerRequest;
  return cpu?.postgres === undefined ? undefined : cpu.server + cpu.postgres;
}
