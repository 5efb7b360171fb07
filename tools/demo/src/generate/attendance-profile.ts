import { AttendanceProfile, DemoHoliday } from './demo-types';
import { Faith } from './religious-festivals';
import { Random } from './random';
import { LocalDate } from '@rollcall/rules';

/** What is known about a child when its attendance tendencies are drawn. */
export interface ProfileFacts {
  readonly ncYear: number;
  readonly fsm: boolean;
  readonly senSupport: boolean;
  readonly ehcp: boolean;
  readonly specialSchool: boolean;
  readonly childInNeed: boolean;
  readonly childProtection: boolean;
  readonly lookedAfter: boolean;
  readonly earlyHelp: boolean;
  readonly youngCarer: boolean;
  readonly youthJustice: boolean;
  readonly independentSchool: boolean;
  readonly pru: boolean;
  /** Shared by siblings: families differ in how much school their children miss. */
  readonly householdFactor: number;
}

/**
 * The model's dials, tuned (generate-demo.spec.ts checks the outcome) so a whole area lands near the national
 * figures of domain §17.3: about 7 % overall absence (4.7 % authorised, 2.5 % unauthorised), about 20 %
 * persistently absent and about 2 % severely absent, with the gaps for disadvantaged cohorts LAs report.
 */
export const ABSENCE_MODEL = {
  baseShape: 2.2,
  baseMean: 0.045,
  householdSd: 0.3,
  severeChance: 0.0105,
  multipliers: {
    fsm: 1.55,
    senSupport: 1.3,
    ehcp: 1.35,
    specialSchool: 1.5,
    childInNeed: 1.6,
    childProtection: 1.7,
    lookedAfter: 1.9,
    earlyHelp: 1.4,
    youngCarer: 1.4,
    youthJustice: 2,
    independentSchool: 0.7,
    pru: 3,
  },
  /** By NC year, Reception (0) to Year 11: secondary pupils miss more, rising to Year 11. */
  byNcYear: [0.95, 0.85, 0.82, 0.82, 0.82, 0.84, 0.88, 0.95, 1.1, 1.25, 1.35, 1.45],
} as const;

function riskMultiplier(facts: ProfileFacts): number {
  const m = ABSENCE_MODEL.multipliers;
  let k = ABSENCE_MODEL.byNcYear[Math.min(11, Math.max(0, facts.ncYear))];
  if (facts.fsm) k *= m.fsm;
  if (facts.ehcp) k *= facts.specialSchool ? m.specialSchool : m.ehcp;
  else if (facts.senSupport) k *= m.senSupport;
  if (facts.childProtection) k *= m.childProtection;
  else if (facts.childInNeed) k *= m.childInNeed;
  else if (facts.earlyHelp) k *= m.earlyHelp;
  if (facts.lookedAfter) k *= m.lookedAfter;
  if (facts.youngCarer) k *= m.youngCarer;
  if (facts.youthJustice) k *= m.youthJustice;
  if (facts.independentSchool) k *= m.independentSchool;
  if (facts.pru) k *= m.pru;
  return k;
}

export interface ProfileExtras {
  readonly observedFaith?: Faith;
  readonly mobile: boolean;
  readonly holiday?: DemoHoliday;
  readonly partTimeTimetable?: { readonly from: LocalDate; readonly to: LocalDate };
  readonly elsewhereDays?: AttendanceProfile['elsewhereDays'];
}

// domain §4 and §17.3: per-pupil absence tendencies that reproduce national rates and cohort gaps
export function attendanceProfile(random: Random, facts: ProfileFacts, extras: ProfileExtras): AttendanceProfile {
  const risk = riskMultiplier(facts);
  const base = random.gamma(ABSENCE_MODEL.baseShape, ABSENCE_MODEL.baseMean / ABSENCE_MODEL.baseShape);
  const severe = random.chance(ABSENCE_MODEL.severeChance * Math.pow(risk, 1.6));
  const absenceRate = severe ? 0.5 + 0.4 * random.float() : Math.min(0.9, base * facts.householdFactor * risk);
  const unauthorisedShare = Math.min(
    0.85,
    Math.max(0.05, 0.14 + 1.1 * (absenceRate - 0.05) + random.normal(0, 0.08) + (facts.fsm ? 0.06 : 0)),
  );
  const latenessRate = Math.min(0.2, (0.004 + random.gamma(1, 0.014)) * (facts.fsm ? 1.5 : 1));
  const secondary = facts.ncYear >= 7;
  return {
    absenceRate,
    unauthorisedShare,
    latenessRate,
    severe,
    mobile: extras.mobile,
    sporty: secondary && random.chance(0.1),
    offSiteCourse: facts.ncYear >= 10 && random.chance(0.02),
    ...(extras.observedFaith ? { observedFaith: extras.observedFaith } : {}),
    ...(extras.holiday ? { holiday: extras.holiday } : {}),
    ...(extras.partTimeTimetable ? { partTimeTimetable: extras.partTimeTimetable } : {}),
    ...(extras.elsewhereDays ? { elsewhereDays: extras.elsewhereDays } : {}),
  };
}
