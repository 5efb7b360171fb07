import { Scope, systemActor, systemScope } from '@rollcall/api-core';
import { RosterService } from '@rollcall/api-pupils';
import { LocalDate } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { DEMO_PRIMARY_SCHOOL, DEMO_SECONDARY_SCHOOL } from './demo-sign-ins';
import { chooseDemoFamilies } from './generate/choose-demo-families';
import { DEMO_LA } from './generate/demo-areas';
import { generateCasework } from './generate/generate-casework';
import { DEFAULT_DEMO_PUPILS, DEFAULT_DEMO_SEED, DemoData, generateDemo } from './generate/generate-demo';
import { LoadedCasework, loadCasework } from './load/load-casework';
import { loadMarks } from './load/load-marks';
import { loadRoster } from './load/load-roster';
import { LoadedSignIns, loadSignIns } from './load/load-sign-ins';

export interface LoadDemoOptions {
  readonly seed?: number;
  readonly pupils?: number;
  /** The day the demo is "as at": the CLI passes today's date in England. */
  readonly today: LocalDate;
  readonly log?: (message: string) => void;
}

export interface DemoLoadReport extends LoadedSignIns {
  readonly laCode: string;
  readonly laName: string;
  readonly schools: number;
  readonly pupils: number;
  readonly marks: number;
  readonly casework: LoadedCasework;
  /** Seconds each step took, in order. */
  readonly timings: readonly { readonly step: string; readonly seconds: number }[];
}

/**
 * Generates the fictional demo LA and loads it through the services (roster, registers, casework, identity),
 * reporting progress through `log`. Run it on an empty database (the CLI's --if-empty and --reset see to that).
 */
export async function loadDemo(dataSource: DataSource, options: LoadDemoOptions): Promise<DemoLoadReport> {
  const log = options.log ?? (() => undefined);
  const timings: { step: string; seconds: number }[] = [];
  let mark = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    timings.push({ step: name, seconds: Math.round((now - mark) / 100) / 10 });
    mark = now;
  };
  const actor = systemActor('demo');
  const scopeFor = (laCode: string): Scope => systemScope(actor, laCode);

  const demo: DemoData = generateDemo({
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    pupils: options.pupils ?? DEFAULT_DEMO_PUPILS,
    today: options.today,
  });
  step('generate the area');
  log(`Generated ${DEMO_LA.name}: ${demo.schools.length} schools, ${demo.pupils.length} pupils in ${demo.households.length} families`);

  const loaded = await loadRoster(new RosterService(dataSource), scopeFor, demo, log);
  step('local authorities, schools and pupils');

  const marks = await loadMarks(dataSource, scopeFor, demo, loaded, log);
  step('attendance marks');

  const primary = demo.schools.find((s) => s.name === DEMO_PRIMARY_SCHOOL);
  const secondary = demo.schools.find((s) => s.name === DEMO_SECONDARY_SCHOOL);
  if (!primary || !secondary) throw new Error('The demo staff schools are missing from the area');
  const families = chooseDemoFamilies(demo, primary, secondary);
  const casework = await loadCasework(dataSource, scopeFor, demo, loaded, generateCasework(demo, marks.attendance, families), log);
  step('casework');

  const signIns = await loadSignIns(dataSource, scopeFor(DEMO_LA.laCode), demo, loaded, families);
  step('sign-ins and API key');

  return {
    laCode: DEMO_LA.laCode,
    laName: DEMO_LA.name,
    schools: demo.schools.length,
    pupils: demo.pupils.length,
    marks: marks.marks,
    casework,
    timings,
    ...signIns,
  };
}
