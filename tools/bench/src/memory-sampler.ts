/**
 * Memory while the ingest runs: this process's resident memory sampled on a timer (start, peak, end), and its live
 * heap after each import, once garbage is collected (what the imports keep: flat when nothing grows with the data).
 */
export interface MemoryProfile {
  readonly startRssMb: number;
  readonly peakRssMb: number;
  readonly endRssMb: number;
  /** The most live memory after any import of the first half of them, and of the second half. */
  readonly liveFirstHalfMb: number;
  readonly liveSecondHalfMb: number;
  /** True when the live memory was measured after a full collection (`--expose-gc`), not just read. */
  readonly collected: boolean;
  readonly samples: number;
}

/** Allowed rise of the live memory in the second half of the imports over the first for memory to count as flat. */
export const FLAT_MEMORY_TOLERANCE_MB = 16;

/** Flat: after the second half of the imports no more is kept than after the first (within the tolerance). */
export function isFlat(profile: MemoryProfile): boolean {
  return profile.liveSecondHalfMb <= profile.liveFirstHalfMb + FLAT_MEMORY_TOLERANCE_MB;
}

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** The profile of resident-memory samples and of live-memory readings (one after each import), in bytes. */
export function profileOf(rss: readonly number[], live: readonly number[], collected: boolean): MemoryProfile {
  const half = Math.ceil(live.length / 2);
  return {
    startRssMb: mb(rss[0] ?? 0),
    peakRssMb: mb(Math.max(0, ...rss)),
    endRssMb: mb(rss[rss.length - 1] ?? 0),
    liveFirstHalfMb: mb(Math.max(0, ...live.slice(0, half))),
    liveSecondHalfMb: mb(Math.max(0, ...live.slice(half))),
    collected,
    samples: rss.length,
  };
}

type GarbageCollector = () => void;

/** Samples this process's memory while some work runs, to show ingest memory stays flat. */
export class MemorySampler {
  private readonly rss: number[] = [];
  private readonly live: number[] = [];
  private timer?: NodeJS.Timeout;
  private readonly gc = (globalThis as { gc?: GarbageCollector }).gc;

  begin(intervalMs = 100): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  /** After one piece of the work (an import): what is still live, after a full collection when one can be asked for. */
  settle(): void {
    this.gc?.();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    this.live.push(heapUsed + arrayBuffers);
  }

  end(): MemoryProfile {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return profileOf(this.rss, this.live, this.gc !== undefined);
  }

  private sample(): void {
    this.rss.push(process.memoryUsage().rss);
  }
}
