/** Samples this process's resident memory while some work runs, to show ingest memory stays flat. */
export class MemorySampler {
  private peak = 0;
  private readonly samples: { at: number; rss: number }[] = [];
  private timer?: NodeJS.Timeout;
  private readonly start = Date.now();

  begin(intervalMs = 100): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  end(): { peakRssMb: number; startRssMb: number; endRssMb: number; samples: number } {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
    return {
      peakRssMb: mb(this.peak),
      startRssMb: mb(this.samples[0]?.rss ?? 0),
      endRssMb: mb(this.samples[this.samples.length - 1]?.rss ?? 0),
      samples: this.samples.length,
    };
  }

  private sample(): void {
    const rss = process.memoryUsage().rss;
    this.peak = Math.max(this.peak, rss);
    this.samples.push({ at: Date.now() - this.start, rss });
  }
}
