/** Resident memory summarised: at the start, the peak in each half of the work, the peak overall and at the end. */
export interface MemoryProfile {
  readonly startRssMb: number;
  readonly firstHalfPeakRssMb: number;
  readonly secondHalfPeakRssMb: number;
  readonly peakRssMb: number;
  readonly endRssMb: number;
  readonly samples: number;
}

/** Allowed rise of the second half's peak over the first half's for memory to count as flat (allocator noise). */
export const FLAT_MEMORY_TOLERANCE_MB = 32;

/** Flat: the work's second half peaks no higher than its first (within the tolerance), so memory does not grow with the data. */
export function isFlat(profile: MemoryProfile): boolean {
  return profile.secondHalfPeakRssMb <= profile.firstHalfPeakRssMb + FLAT_MEMORY_TOLERANCE_MB;
}

/** The profile of samples taken `at` milliseconds from the start. */
export function profileOf(samples: readonly { readonly at: number; readonly rss: number }[]): MemoryProfile {
  const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
  const last = samples[samples.length - 1];
  const middle = (last?.at ?? 0) / 2;
  const peak = (from: number, to: number) => mb(Math.max(0, ...samples.filter((s) => s.at >= from && s.at <= to).map((s) => s.rss)));
  return {
    startRssMb: mb(samples[0]?.rss ?? 0),
    firstHalfPeakRssMb: peak(0, middle),
    secondHalfPeakRssMb: peak(middle, Number.POSITIVE_INFINITY),
    peakRssMb: peak(0, Number.POSITIVE_INFINITY),
    endRssMb: mb(last?.rss ?? 0),
    samples: samples.length,
  };
}

/** Samples this process's resident memory while some work runs, to show ingest memory stays flat. */
export class MemorySampler {
  private readonly samples: { at: number; rss: number }[] = [];
  private timer?: NodeJS.Timeout;
  private readonly start = Date.now();

  begin(intervalMs = 100): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  end(): MemoryProfile {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return profileOf(this.samples);
  }

  private sample(): void {
    this.samples.push({ at: Date.now() - this.start, rss: process.memoryUsage().rss });
  }
}
