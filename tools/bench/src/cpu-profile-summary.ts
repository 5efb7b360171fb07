import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a V8 `.cpuprofile` (node --cpu-prof) the summary reads. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly hitCount?: number; readonly callFrame: { readonly functionName: string; readonly url: string } }[];
  readonly startTime: number;
  readonly endTime: number;
}

export interface ProfileShare {
  readonly name: string;
  readonly ms: number;
  /** Of the busy (not idle) time. */
  readonly share: number;
}

export interface ProfileSummary {
  /** Processor time the process was busy, in ms. */
  readonly busyMs: number;
  readonly idleMs: number;
  /** Where the busy time went (self time), most first. */
  readonly top: readonly ProfileShare[];
}

/** Where a function lives: an npm package, a project of this workspace, Node itself, or V8's own work. */
export function ownerOf(callFrame: { functionName: string; url: string }): string {
  const { url, functionName } = callFrame;
  if (url === '') return functionName === '(garbage collector)' || functionName === '(program)' || functionName === '(idle)' ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (built-in modules)';
  const inModules = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (inModules) return inModules[1];
  const inWorkspace = /\/dist\/server\/((?:apps|tools)\/[^/]+|libs\/api\/[^/]+|libs\/[^/]+)\//.exec(url);
  return inWorkspace ? inWorkspace[1] : url;
}

/** Self time by owner (`ownerOf`), from the samples' hit counts. */
export function summariseCpuProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const msPerHit = hits === 0 ? 0 : (profile.endTime - profile.startTime) / 1000 / hits;
  const byOwner = new Map<string, number>();
  for (const node of profile.nodes) byOwner.set(ownerOf(node.callFrame), (byOwner.get(ownerOf(node.callFrame)) ?? 0) + (node.hitCount ?? 0) * msPerHit);
  const idleMs = byOwner.get('(idle)') ?? 0;
  byOwner.delete('(idle)');
  const busyMs = [...byOwner.values()].reduce((a, b) => a + b, 0);
  return {
    busyMs,
    idleMs,
    top: [...byOwner]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: busyMs === 0 ? 0 : ms / busyMs })),
  };
}

/** The summary of the one profile a process wrote into `dir` (node --cpu-prof-dir). */
export function summariseCpuProfiles(dir: string): ProfileSummary {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`No CPU profile in ${dir}`);
  return summariseCpuProfile(JSON.parse(readFileSync(join(dir, files[0]), 'utf8')) as CpuProfile);
}

/** "9.5 s busy: graphql 25 %, (native) 20 %, …" for the log. */
export function describeProfile(summary: ProfileSummary, top = 10): string {
  const shares = summary.top.slice(0, top).map((t) => `${t.name} ${Math.round(t.share * 100)} %`);
  return `${(summary.busyMs / 1000).toFixed(1)} s busy (${(summary.idleMs / 1000).toFixed(1)} s idle): ${shares.join(', ')}`;
}
