/** Which parts of the benchmark to run: the data part (ingest, LA summary, dashboard, nightly scan), the API part, or both. */
export type BenchPart = 'ingest' | 'api';

export interface BenchOptions {
  readonly parts: readonly BenchPart[];
  /** Pupils in the synthetic LA of the ingest part. */
  readonly pupils: number;
  readonly schools: number;
  /** Concurrent connections autocannon keeps open in the API part. */
  readonly connections: number;
  /** How long each server is measured on the register query, after `warmUpSeconds`. */
  readonly querySeconds: number;
  /** How long register submissions are sustained (5 minutes unless told). */
  readonly submitSeconds: number;
  readonly warmUpSeconds: number;
  /** Write the report to the top of docs/benchmarks.md. */
  readonly write: boolean;
  /** Run the API server and the baseline with `--cpu-prof` and print where their time went. */
  readonly profile: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  parts: ['ingest', 'api'],
  pupils: 40_000,
  schools: 60,
  connections: 50,
  querySeconds: 25,
  submitSeconds: 300,
  warmUpSeconds: 5,
  write: true,
  profile: false,
};

const NUMBERS = {
  pupils: 'pupils',
  schools: 'schools',
  connections: 'connections',
  'query-seconds': 'querySeconds',
  'submit-seconds': 'submitSeconds',
  'warm-up-seconds': 'warmUpSeconds',
} as const satisfies Record<string, keyof BenchOptions>;

const PARTS: readonly BenchPart[] = ['ingest', 'api'];

/**
 * `npm run bench -- [--only ingest|api] [--pupils 40000] [--schools 60] [--connections 50] [--query-seconds 25]
 * [--submit-seconds 300] [--warm-up-seconds 5] [--profile] [--no-write]`. Anything else is refused, naming it.
 */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
  const options: { -readonly [K in keyof BenchOptions]: BenchOptions[K] } = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name === 'no-write') options.write = false;
    else if (name === 'profile') options.profile = true;
    else if (name === 'only') {
      const part = args[++i];
      if (!PARTS.includes(part as BenchPart)) throw new Error(`--only takes ${PARTS.join(' or ')}, not "${part ?? ''}"`);
      options.parts = [part as BenchPart];
    } else if (name !== undefined && name in NUMBERS) {
      const raw = args[++i];
      const value = Number(raw);
      if (raw === undefined || !Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a whole number above 0, not "${raw ?? ''}"`);
      options[NUMBERS[name as keyof typeof NUMBERS]] = value;
    } else {
      throw new Error(`Unknown option "${arg}": see tools/bench/README.md`);
    }
  }
  return options;
}
