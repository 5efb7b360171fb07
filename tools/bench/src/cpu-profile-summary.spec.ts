import { CpuProfile, ownerOf, summariseCpuProfile } from './cpu-profile-summary';

describe('where a process spent its processor time', () => {
  it('names the owner of a function: a package, a project of the workspace, Node, or V8', () => {
    expect(ownerOf({ functionName: 'query', url: 'file:///work/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js' })).toBe('typeorm');
    expect(ownerOf({ functionName: 'x', url: 'file:///work/node_modules/@apollo/server/dist/cjs/runHttpQuery.js' })).toBe('@apollo/server');
    expect(ownerOf({ functionName: 'inTransaction', url: 'file:///work/dist/server/libs/api/core/src/in-transaction.js' })).toBe('libs/api/core');
    expect(ownerOf({ functionName: 'f', url: 'file:///work/dist/server/libs/rules/src/codes/x.js' })).toBe('libs/rules');
    expect(ownerOf({ functionName: 'main', url: 'file:///work/dist/server/apps/api/src/main.js' })).toBe('apps/api');
    expect(ownerOf({ functionName: 'writev', url: '' })).toBe('(native)');
    expect(ownerOf({ functionName: '(garbage collector)', url: '' })).toBe('(garbage collector)');
    expect(ownerOf({ functionName: 'emit', url: 'node:events' })).toBe('node (built-in modules)');
  });

  it('shares the busy time out by owner, leaving idle time apart', () => {
    const profile: CpuProfile = {
      startTime: 0,
      endTime: 1_000_000,
      nodes: [
        { id: 1, hitCount: 50, callFrame: { functionName: '(idle)', url: '' } },
        { id: 2, hitCount: 30, callFrame: { functionName: 'parse', url: 'file:///w/node_modules/graphql/language/parser.js' } },
        { id: 3, hitCount: 10, callFrame: { functionName: 'execute', url: 'file:///w/node_modules/graphql/execution/execute.js' } },
        { id: 4, hitCount: 10, callFrame: { functionName: '(garbage collector)', url: '' } },
      ],
    };
    const summary = summariseCpuProfile(profile);
    expect(summary.idleMs).toBeCloseTo(500);
    expect(summary.busyMs).toBeCloseTo(500);
    expect(summary.top.map((t) => [t.name, Math.round(t.ms), t.share])).toEqual([
      ['graphql', 400, 0.8],
      ['(garbage collector)', 100, 0.2],
    ]);
  });
});
