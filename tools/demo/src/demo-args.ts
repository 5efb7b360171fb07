import { LocalDate, isLocalDate } from '@rollcall/rules';
import { DEFAULT_DEMO_PUPILS, DEFAULT_DEMO_SEED } from './generate/generate-demo';

export interface DemoArgs {
  readonly pupils: number;
  readonly seed: number;
  /** Undefined: the caller uses today's date in England. */
  readonly today?: LocalDate;
  /** Do nothing when the database already holds a local authority. */
  readonly ifEmpty: boolean;
  /** Empty the database first (every table), then load. */
  readonly reset: boolean;
  readonly help: boolean;
}

export const DEMO_USAGE = `Usage: node dist/server/tools/demo/src/main.js [options]

Loads the fictional Northmoor local authority (schools, pupils, marks, casework, demo sign-ins).

  --pupils N        pupils to generate (default ${DEFAULT_DEMO_PUPILS})
  --seed N          random seed: the same seed gives the same area (default ${DEFAULT_DEMO_SEED})
  --today YYYY-MM-DD  the day the demo is "as at" (default: today in England)
  --if-empty        do nothing if the database already holds a local authority
  --reset           empty the database first, then load
  --help            show this help

Database: DATABASE_URL, or the embedded PostgreSQL in .data/ (ROLLCALL_DATA_DIR) on port ROLLCALL_PG_PORT (54329).`;

/** Reads the command line; throws an Error whose message says what to fix. */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  let pupils = DEFAULT_DEMO_PUPILS;
  let seed = DEFAULT_DEMO_SEED;
  let today: LocalDate | undefined;
  let ifEmpty = false;
  let reset = false;
  let help = false;
  const wholeNumber = (flag: string, raw: string | undefined, min: number): number => {
    const n = Number(raw);
    if (raw === undefined || raw.trim() === '' || !Number.isInteger(n) || n < min) {
      throw new Error(`${flag} needs a whole number of at least ${min}, not "${raw ?? ''}"`);
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split('=', 2) : [argv[i], undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--pupils':
        pupils = wholeNumber(flag, value(), 1);
        break;
      case '--seed':
        seed = wholeNumber(flag, value(), 0);
        break;
      case '--today': {
        const raw = value();
        if (raw === undefined || !isLocalDate(raw)) throw new Error(`--today needs a date in the form YYYY-MM-DD, not "${raw ?? ''}"`);
        today = raw;
        break;
      }
      case '--if-empty':
        ifEmpty = true;
        break;
      case '--reset':
        reset = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        throw new Error(`Unknown option "${argv[i]}"; see --help`);
    }
  }
  if (ifEmpty && reset) throw new Error('--if-empty and --reset cannot be used together');
  return { pupils, seed, ...(today ? { today } : {}), ifEmpty, reset, help };
}
