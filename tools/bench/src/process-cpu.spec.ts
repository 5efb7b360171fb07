import { CpuTracker, canReadCpu, isBackendTitle, parseProcStat, readCpu, waitUntilIdle } from './process-cpu';

describe('processor time from /proc', () => {
  it('reads the parent and the user + system ticks, whatever the command name holds', () => {
    const stat = '4242 (postgres: app db (x)) S 17 4242 4242 0 -1 4194560 900 0 0 0 250 31 0 0 20 0 1 0 123 0 0';
    expect(parseProcStat(stat)).toEqual({ ppid: 17, ticks: 281 });
  });

  it('reads a process', () => {
    if (!canReadCpu()) return;
    const tracker = new CpuTracker(() => readCpu({ pid: process.pid })).sample();
    const until = Date.now() + 60;
    while (Date.now() < until) Math.sqrt(Math.random());
    expect(tracker.sample().used()).toBeGreaterThan(0);
    expect(readCpu({ backendsOf: process.ppid }).has(process.pid)).toBe(false);
  });

  it('counts PostgreSQL’s backends serving connections, not its background processes', () => {
    expect(isBackendTitle('postgres: rollcall_app rollcall_bench_42 127.0.0.1(43898) idle')).toBe(true);
    expect(isBackendTitle('postgres: postgres rollcall [local] SELECT')).toBe(true);
    expect(isBackendTitle('postgres: autovacuum worker rollcall_bench_42')).toBe(false);
    expect(isBackendTitle('postgres: checkpointer')).toBe(false);
    expect(isBackendTitle('postgres: background writer')).toBe(false);
  });

  it('follows processes that come and go: a newcomer from nothing, a leaver up to when it was last seen', () => {
    const readings = [
      new Map([[1, 100], [2, 40]]),
      new Map([[1, 150], [2, 60], [3, 30]]),
      new Map([[1, 170], [3, 50]]),
    ];
    let i = 0;
    const tracker = new CpuTracker(() => readings[Math.min(i++, readings.length - 1)]);
    expect(tracker.sample().used()).toBe(0);
    expect(tracker.sample().used()).toBe(50 + 20 + 30);
    expect(tracker.sample().used()).toBe(70 + 20 + 50);
  });

  it('waits until the processes are all but idle (a profiler’s sampling is not work), or gives up', async () => {
    const started = Date.now();
    const busyFor = 300;
    await waitUntilIdle(() => Math.min(Date.now() - started, busyFor) + (Date.now() - started) / 50, { quietMs: 200, pollMs: 20 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(busyFor + 180);
    const busy = Date.now();
    await waitUntilIdle(() => Date.now() - busy, { quietMs: 200, maxMs: 300, pollMs: 20 });
    expect(Date.now() - busy).toBeLessThan(1000);
  });
});
