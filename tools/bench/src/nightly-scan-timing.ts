import { performance } from 'node:perf_hooks';
import { AttendancePolicy, Mark, scanPupil } from '@rollcall/rules';
import { linearFit, percentiles } from './stats';
import { SyntheticLa, SyntheticPupil, pupilMarks } from './synthetic-la';

export interface ScanPoint {
  readonly pupils: number;
  /** Elapsed seconds in `scanPupil` (the median of the runs). */
  readonly seconds: number;
  /** Processor seconds this process spent in `scanPupil` (the median of the runs): the work itself, whatever else the machine runs. */
  readonly cpuSeconds: number;
}

export interface NightlyScanTiming {
  /** The first quarter, half and all of the pupils. */
  readonly points: readonly ScanPoint[];
  /** The straight line through the elapsed times, read at 40,000 pupils. */
  readonly secondsPer40k: number;
  /** The same for processor time. */
  readonly cpuSecondsPer40k: number;
  /** How well a straight line fits the elapsed times (1 is exactly linear). */
  readonly r2: number;
  readonly repeats: number;
}

export interface NightlyScanOptions {
  /** Times each point is measured; the median is kept, so one run slowed by something else on the machine does not count. */
  readonly repeats?: number;
  /** Pupils scanned, untimed, first, so the figures are of compiled code rather than of the compiler. */
  readonly warmUpPupils?: number;
  /** Pupils whose marks are generated, untimed, before the batch is scanned. */
  readonly batch?: number;
}

type GarbageCollector = (options?: { readonly type: 'minor' | 'major' }) => void;

/**
 * With `--expose-gc` (as `npm run bench` runs), the marks just generated are moved out of the young generation before
 * the timing starts, so the collections the scan itself causes do not also copy the generator's work.
 */
function settleGeneratedMarks(): void {
  const gc = (globalThis as { gc?: GarbageCollector }).gc;
  if (!gc) return;
  gc({ type: 'minor' });
  gc({ type: 'minor' });
}

/**
 * The nightly scan: every rule for every pupil (`scanPupil`), timed alone. The pupils' years of marks are generated a
 * batch at a time before the batch is scanned, outside the timing, so only the rules are measured and memory holds
 * one batch of marks at a time (about 30 MB for a thousand pupils).
 */
export function timeNightlyScan(la: SyntheticLa, policy: AttendancePolicy, options: NightlyScanOptions = {}): NightlyScanTiming {
  const repeats = options.repeats ?? 3;
  const batch = options.batch ?? 1000;
  const today = la.sessions[la.sessions.length - 1]?.date ?? `${la.academicYear + 1}-07-20`;
  const all = la.schools.flatMap((s) => s.pupils);
  const scan = (pupil: SyntheticPupil, marks: readonly Mark[]) =>
    scanPupil({ pupilId: pupil.upn, fullName: pupil.upn, dateOfBirth: pupil.dateOfBirth, marks, calendar: la.calendar, policy, today });
  for (const pupil of all.slice(0, options.warmUpPupils ?? 500)) scan(pupil, pupilMarks(la, pupil));

  const timeAll = (pupils: readonly SyntheticPupil[]): { seconds: number; cpuSeconds: number } => {
    let seconds = 0;
    let cpuSeconds = 0;
    for (let first = 0; first < pupils.length; first += batch) {
      const group = pupils.slice(first, first + batch).map((pupil) => ({ pupil, marks: pupilMarks(la, pupil) }));
      settleGeneratedMarks();
      const cpu = process.cpuUsage();
      const started = performance.now();
      for (const { pupil, marks } of group) scan(pupil, marks);
      seconds += (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      cpuSeconds += (used.user + used.system) / 1e6;
    }
    return { seconds, cpuSeconds };
  };
  const points: ScanPoint[] = [];
  for (const fraction of [0.25, 0.5, 1]) {
    const pupils = all.slice(0, Math.max(1, Math.round(all.length * fraction)));
    const runs = Array.from({ length: repeats }, () => timeAll(pupils));
    points.push({
      pupils: pupils.length,
      seconds: percentiles(runs.map((r) => r.seconds)).median,
      cpuSeconds: percentiles(runs.map((r) => r.cpuSeconds)).median,
    });
  }
  const at40k = (fit: { slope: number; intercept: number }) => fit.slope * 40_000 + fit.intercept;
  const wall = linearFit(points.map((p) => ({ x: p.pupils, y: p.seconds })));
  const cpu = linearFit(points.map((p) => ({ x: p.pupils, y: p.cpuSeconds })));
  return { points, secondsPer40k: at40k(wall), cpuSecondsPer40k: at40k(cpu), r2: wall.r2, repeats };
}
