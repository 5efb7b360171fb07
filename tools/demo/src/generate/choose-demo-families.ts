import { DEMO_LA } from './demo-areas';
import { DemoHousehold, DemoPupil, DemoSchool } from './demo-types';
import { DemoData } from './generate-demo';

export interface DemoFamily {
  readonly household: DemoHousehold;
  /** The parent who signs in (the first contact). */
  readonly parentKey: string;
  readonly pupils: readonly DemoPupil[];
}

export interface DemoFamilies {
  readonly siblings: DemoFamily;
  readonly oneChild: DemoFamily;
}

/**
 * The two families whose parents get demo sign-ins: one with siblings (at the two demo staff schools when the
 * area has such a family), one with a single child at the primary. Always the same families for a seed.
 */
export function chooseDemoFamilies(demo: DemoData, primary: DemoSchool, secondary: DemoSchool): DemoFamilies {
  const byKey = new Map(demo.pupils.map((p) => [p.key, p]));
  const familyOf = (h: DemoHousehold): DemoFamily => {
    const pupils = h.pupilKeys.map((k) => byKey.get(k)).filter((p): p is DemoPupil => p !== undefined);
    const first = [...pupils[0].parents].sort((a, b) => a.contactPriority - b.contactPriority)[0];
    return { household: h, parentKey: first.parentKey, pupils };
  };
  const ordinary = demo.households.filter((h) => {
    if (h.homeLaCode !== DEMO_LA.laCode || (h.kind !== 'TWO_PARENTS' && h.kind !== 'SINGLE_PARENT')) return false;
    const pupils = h.pupilKeys.map((k) => byKey.get(k));
    return pupils.every((p) => p && p.laCode === DEMO_LA.laCode && p.enrolments.length === 1);
  });
  const at = (h: DemoHousehold, urn: number) => h.pupilKeys.some((k) => byKey.get(k)?.enrolments[0].urn === urn);
  const siblings =
    ordinary.find((h) => h.kind === 'TWO_PARENTS' && at(h, primary.urn) && at(h, secondary.urn)) ??
    ordinary.find((h) => h.pupilKeys.length >= 2 && (at(h, primary.urn) || at(h, secondary.urn))) ??
    ordinary.find((h) => h.pupilKeys.length >= 2);
  const oneChild =
    ordinary.find((h) => h !== siblings && h.pupilKeys.length === 1 && at(h, primary.urn)) ??
    ordinary.find((h) => h !== siblings && h.pupilKeys.length === 1);
  if (!siblings || !oneChild) throw new Error('The demo area is too small to have a family with siblings and one with a single child');
  return { siblings: familyOf(siblings), oneChild: familyOf(oneChild) };
}
