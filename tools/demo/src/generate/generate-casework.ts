import {
  AttendanceSummary,
  HalfTerm,
  LocalDate,
  Mark,
  addDays,
  attendanceReturnPeriod,
  isCompulsorySchoolAge,
  isoWeekday,
  maxDate,
  minDate,
  penaltyNoticeSchoolWeeks,
  penaltyNoticeThreshold,
  schoolDaysBetween,
} from '@rollcall/rules';
import { DemoFamilies } from './choose-demo-families';
import { DEMO_LA } from './demo-areas';
import { DemoMark, DemoPupil, DemoSchool } from './demo-types';
import { DemoData } from './generate-demo';
import { Random } from './random';

/** One enrolment's attendance so far this year, as the casework is chosen from it. */
export interface PupilAttendance {
  readonly pupil: DemoPupil;
  readonly urn: number;
  readonly laCode: string;
  readonly summary: AttendanceSummary;
  /** Only the absence marks (authorised and unauthorised), oldest first. */
  readonly absences: readonly DemoMark[];
}

export type PlanKind = 'SCHOOL_ATTENDANCE_PLAN' | 'EARLY_HELP' | 'PERSONAL_EDUCATION_PLAN' | 'PART_TIME_TIMETABLE';

export interface PlanIntent {
  readonly pupil: DemoPupil;
  readonly laCode: string;
  readonly urn?: number;
  readonly kind: PlanKind;
  readonly draft: boolean;
  readonly startsOn: LocalDate;
  readonly reviewOn?: LocalDate;
  readonly endsOn?: LocalDate;
  readonly barriers: readonly string[];
  readonly childViews?: string;
  readonly parentViews?: string;
  readonly actions: readonly { readonly description: string; readonly owner: string; readonly dueOn?: LocalDate; readonly doneOn?: LocalDate }[];
  readonly review?: {
    readonly reviewedOn: LocalDate;
    readonly notes: string;
    readonly outcome: 'CONTINUE' | 'ADJUST' | 'ESCALATE' | 'CLOSE';
    readonly nextReviewOn?: LocalDate;
  };
  readonly closedOn?: LocalDate;
}

/** What becomes of a penalty notice after it is issued, where the dates allow. */
export type PenaltyNoticeOutcome = 'AWAIT_PAYMENT' | 'PAY_REDUCED' | 'PAY_FULL' | 'WITHDRAW' | 'UNPAID_WITHDRAW' | 'UNPAID_PROSECUTE';

interface InterventionBase {
  readonly pupil: DemoPupil;
  readonly laCode: string;
  readonly urn: number;
}

export type InterventionIntent =
  | (InterventionBase & {
      readonly kind: 'NOTICE_TO_IMPROVE';
      readonly parentKey: string;
      readonly issuedOn: LocalDate;
      /** Follow with a penalty notice when the period ends without enough improvement (dates allowing). */
      readonly penaltyNoticeIfNoImprovement: boolean;
    })
  | (InterventionBase & {
      readonly kind: 'PENALTY_NOTICE';
      readonly parentKey: string;
      readonly issuedOn: LocalDate;
      readonly offenceFirstDate: LocalDate;
      readonly offenceLastDate: LocalDate;
      readonly outcome: PenaltyNoticeOutcome;
    })
  | (InterventionBase & {
      readonly kind: 'ATTENDANCE_CONTRACT';
      readonly parentKeys: readonly string[];
      readonly party: 'SCHOOL' | 'LOCAL_AUTHORITY';
      readonly proposedOn: LocalDate;
      readonly agreedOn?: LocalDate;
      readonly reviewedOn?: LocalDate;
      readonly nonComplianceOn?: LocalDate;
    })
  | (InterventionBase & {
      readonly kind: 'EDUCATION_SUPERVISION_ORDER';
      readonly parentKeys: readonly string[];
      readonly consideredOn: LocalDate;
      readonly appliedOn?: LocalDate;
      readonly madeOn?: LocalDate;
    })
  | (InterventionBase & {
      readonly kind: 'PROSECUTION';
      readonly parentKey: string;
      readonly esoConsideredOn: LocalDate;
      readonly offenceDate: LocalDate;
      readonly openedOn: LocalDate;
      readonly informationLaidOn?: LocalDate;
    })
  | (InterventionBase & {
      readonly kind: 'SCHOOL_ATTENDANCE_ORDER';
      readonly parentKey: string;
      readonly consideredOn: LocalDate;
      readonly noticeToSatisfyOn?: LocalDate;
    });

export interface MeetingIntent {
  readonly laCode: string;
  readonly school: DemoSchool;
  readonly academicYear: number;
  readonly term: 'AUTUMN' | 'SPRING' | 'SUMMER';
  readonly scheduledFor: LocalDate;
  readonly held?: {
    readonly attendees: readonly string[];
    readonly minutes: string;
    readonly actions: readonly {
      readonly pupil?: DemoPupil;
      readonly description: string;
      readonly owner: string;
      readonly dueOn: LocalDate;
      readonly status: 'OPEN' | 'DONE' | 'DROPPED';
    }[];
  };
}

export interface ReturnIntent {
  readonly laCode: string;
  readonly school: DemoSchool;
  readonly kind: 'ATTENDANCE' | 'SICKNESS';
  readonly periodStart: LocalDate;
  readonly periodEnd: LocalDate;
  readonly status: 'DRAFT' | 'SUBMITTED' | 'ACKNOWLEDGED';
}

export interface DeletionReturnIntent {
  readonly laCode: string;
  readonly urn: number;
  readonly pupil: DemoPupil;
  readonly deletionDate: LocalDate;
}

export interface AbsenceReportIntent {
  readonly pupil: DemoPupil;
  readonly laCode: string;
  readonly parentKey: string;
  readonly firstDate: LocalDate;
  readonly firstSession: 'AM' | 'PM';
  readonly lastDate: LocalDate;
  readonly lastSession: 'AM' | 'PM';
  readonly reason: 'ILLNESS' | 'MEDICAL_APPOINTMENT';
  readonly details?: string;
  readonly review?: 'ACCEPTED' | 'QUERIED';
}

export interface LeaveRequestIntent {
  readonly pupil: DemoPupil;
  readonly laCode: string;
  readonly parentKey: string;
  readonly firstDate: LocalDate;
  readonly lastDate: LocalDate;
  readonly reason: string;
  readonly requestedOn: LocalDate;
  readonly decision?: { readonly status: 'GRANTED' | 'REFUSED'; readonly decidedOn: LocalDate; readonly reason: string };
}

export interface Casework {
  readonly plans: readonly PlanIntent[];
  readonly interventions: readonly InterventionIntent[];
  readonly meetings: readonly MeetingIntent[];
  readonly returns: readonly ReturnIntent[];
  readonly deletionReturns: readonly DeletionReturnIntent[];
  readonly absenceReports: readonly AbsenceReportIntent[];
  readonly leaveRequests: readonly LeaveRequestIntent[];
}

const BARRIERS = {
  general: [
    'Anxiety about coming into school',
    'Friendship difficulties',
    'Low mood',
    'Disrupted morning routine and late nights',
    'Asthma: frequent short illnesses',
    'Reports of bullying on the way to school',
    'Difficulty with the move to secondary school',
    'Parent unsure how much absence matters',
  ],
  FSM: ['Cost of the bus fare since the family moved', 'No clean uniform some days'],
  SEN_SUPPORT: ['Sensory difficulties in busy lessons', 'Unmet learning needs in literacy'],
  EHCP: ['Provision in the EHC plan not yet in place', 'Transport arranged by the LA unreliable'],
  YOUNG_CARER: ['Caring for a parent with a long-term illness'],
  CHILD_IN_NEED: ['Family circumstances: social care involved'],
} as const;

const PLAN_ACTIONS: readonly (readonly [string, string])[] = [
  ['Daily check-in with a key adult on arrival', 'Pastoral lead'],
  ['Attendance meeting with parents (school attendance panel)', 'Senior Attendance Champion'],
  ['Referral to the school nursing service', 'Pastoral lead'],
  ['Offer a breakfast club place', 'School business manager'],
  ['Refer to Team Around the School for early help', 'Senior Attendance Champion'],
  ['Parent to call the school by 8:45 on any day of absence', 'Parent'],
  ['Home visit to discuss barriers to attendance', 'LA attendance officer'],
];

const CHILD_VIEWS = [
  'I find mornings hard and I worry about what people will say if I am late.',
  'I like art and PE but I get stressed in maths.',
  'I want to come in more but my tummy hurts on school days.',
  'I would like to sit with my friends and have a quiet place at break.',
];

const PARENT_VIEWS = [
  'We want to work with school; mornings are a battle and we need help with the routine.',
  'Mum says she struggles to get three children to two schools on time.',
  'Parents worried about the bullying and want it sorted before pushing attendance.',
  'Dad agrees the absence is too high and will ring in every day of absence.',
];

function schoolDay(days: readonly LocalDate[], index: number): LocalDate | undefined {
  return days.length === 0 ? undefined : days[Math.max(0, Math.min(days.length - 1, index))];
}

/** The first weekday on or after `date`. */
function weekdayOnOrAfter(date: LocalDate): LocalDate {
  let d = date;
  while (isoWeekday(d) > 5) d = addDays(d, 1);
  return d;
}

/** The earliest of the parents with parental responsibility, by contact order. */
function firstParentWithResponsibility(pupil: DemoPupil): string | undefined {
  return [...pupil.parents].filter((p) => p.parentalResponsibility).sort((a, b) => a.contactPriority - b.contactPriority)[0]?.parentKey;
}

function termOf(name: HalfTerm['name']): 'AUTUMN' | 'SPRING' | 'SUMMER' {
  return name.startsWith('AUTUMN') ? 'AUTUMN' : name.startsWith('SPRING') ? 'SPRING' : 'SUMMER';
}

// domain §17.1, §17.2, §5–§9, §3: the casework an LA and its schools would hold by `today`, from the year's attendance
export function generateCasework(demo: DemoData, attendance: readonly PupilAttendance[], families: DemoFamilies): Casework {
  const random = Random.fromSeed(demo.seed).fork('casework');
  const { today, academicYear } = demo;
  const scale = Math.max(demo.pupils.length / 12_000, 0.05);
  const count = (atDefault: number, minimum: number) => Math.max(minimum, Math.round(atDefault * scale));
  const schoolByUrn = new Map(demo.schools.map((s) => [s.urn, s]));
  const schoolOf = (urn: number): DemoSchool => {
    const s = schoolByUrn.get(urn);
    if (!s) throw new Error(`No school ${urn}`);
    return s;
  };
  const enrolmentAt = (a: PupilAttendance) => a.pupil.enrolments.find((e) => e.urn === a.urn);
  const has = (p: DemoPupil, c: string) => p.characteristics.some((x) => x.characteristic === c && !x.endsOn);
  const yearDays = (school: DemoSchool) =>
    schoolDaysBetween(school.calendar, school.calendar.halfTerms.find((h) => h.academicYear === academicYear)?.start ?? today, today);

  // Main registrations at the demo LA's schools, where LA casework happens.
  const local = attendance.filter((a) => {
    const e = enrolmentAt(a);
    return a.laCode === DEMO_LA.laCode && e !== undefined && e.registration !== 'DUAL_SUBSIDIARY' && a.summary.possibleSessions > 0;
  });
  const maintainedLike = (a: PupilAttendance) => {
    const t = schoolOf(a.urn).type;
    return t !== 'INDEPENDENT' && t !== 'PRU';
  };
  const byRiskThenKey = (a: PupilAttendance, b: PupilAttendance) =>
    (b.summary.overallAbsenceRate ?? 0) - (a.summary.overallAbsenceRate ?? 0) || a.pupil.key.localeCompare(b.pupil.key);
  const shuffled = (list: readonly PupilAttendance[], label: string) => random.fork(label).shuffle(list);

  const plans: PlanIntent[] = [];
  const interventions: InterventionIntent[] = [];
  const usedForLegal = new Set<string>();

  // School Attendance Plans for persistently absent pupils (Sefton bands 3–5).
  const persistentlyAbsent = local.filter((a) => a.summary.persistentlyAbsent && !a.pupil.profile.partTimeTimetable);
  for (const [i, a] of shuffled(persistentlyAbsent, 'sap').slice(0, count(240, 4)).entries()) {
    const school = schoolOf(a.urn);
    const days = yearDays(school).filter((d) => d >= (enrolmentAt(a)?.admittedOn ?? d));
    const startsOn = schoolDay(days, Math.floor(days.length * (0.35 + 0.5 * random.float())));
    if (!startsOn || startsOn > today) continue;
    const barriers = [
      random.pick(BARRIERS.general),
      ...(['FSM', 'SEN_SUPPORT', 'EHCP', 'YOUNG_CARER', 'CHILD_IN_NEED'] as const)
        .filter((c) => has(a.pupil, c))
        .map((c) => random.pick(BARRIERS[c])),
    ].slice(0, 3);
    const elapsed = days.filter((d) => d > startsOn).length;
    const actionRows = random.sample(PLAN_ACTIONS, 2 + (i % 2));
    const owner = (o: string) => (o === 'Senior Attendance Champion' ? school.seniorAttendanceChampion : o === 'LA attendance officer' ? school.namedLaOfficer : o);
    const status = i % 7 === 0 ? 'DRAFT' : i % 7 === 1 && elapsed > 25 ? 'CLOSED' : 'ACTIVE';
    plans.push({
      pupil: a.pupil,
      laCode: a.laCode,
      urn: a.urn,
      kind: 'SCHOOL_ATTENDANCE_PLAN',
      draft: status === 'DRAFT',
      startsOn,
      reviewOn: addDays(startsOn, 42),
      barriers,
      childViews: random.pick(CHILD_VIEWS),
      parentViews: random.pick(PARENT_VIEWS),
      actions: actionRows.map(([description, o], j) => ({
        description,
        owner: owner(o),
        dueOn: addDays(startsOn, 7 + 7 * j),
        ...(status !== 'DRAFT' && j === 0 && elapsed > 5 ? { doneOn: minDate(addDays(startsOn, 5 + j), today) } : {}),
      })),
      ...(status === 'ACTIVE' && elapsed > 20 && i % 3 === 0
        ? {
            review: {
              reviewedOn: schoolDay(days, days.indexOf(startsOn) + 20) ?? today,
              notes: 'Attendance reviewed with the family; some improvement, support continues.',
              outcome: i % 2 === 0 ? 'CONTINUE' : 'ADJUST',
              nextReviewOn: addDays(schoolDay(days, days.indexOf(startsOn) + 20) ?? today, 42),
            },
          }
        : {}),
      ...(status === 'CLOSED' ? { closedOn: schoolDay(days, days.indexOf(startsOn) + 25) ?? today } : {}),
    });
  }

  // Early help plans (family-level: led by the early help service, not a school).
  const earlyHelp = local.filter((a) => has(a.pupil, 'EARLY_HELP'));
  for (const a of shuffled(earlyHelp, 'early-help').slice(0, count(100, 2))) {
    const started = a.pupil.characteristics.find((c) => c.characteristic === 'EARLY_HELP' && !c.endsOn)?.startsOn ?? today;
    plans.push({
      pupil: a.pupil,
      laCode: a.laCode,
      kind: 'EARLY_HELP',
      draft: false,
      startsOn: started,
      reviewOn: maxDate(addDays(started, 84), addDays(today, 14)),
      barriers: ['Family under pressure: housing and debt', random.pick(BARRIERS.general)],
      actions: [
        { description: 'Weekly visit from the family support worker', owner: 'Northmoor Early Help family support worker' },
        { description: 'Attendance to be a standing item at every Team Around the Family meeting', owner: schoolOf(a.urn).seniorAttendanceChampion },
      ],
    });
  }

  // Part-time timetables: time-limited, reviewed, ended (the C2 afternoons in the register).
  for (const a of local.filter((x) => x.pupil.profile.partTimeTimetable)) {
    const ptt = a.pupil.profile.partTimeTimetable;
    if (!ptt || ptt.from > today) continue;
    const reviewOn = addDays(ptt.from, 14);
    const ended = ptt.to < today;
    plans.push({
      pupil: a.pupil,
      laCode: a.laCode,
      urn: a.urn,
      kind: 'PART_TIME_TIMETABLE',
      draft: false,
      startsOn: ptt.from,
      reviewOn,
      endsOn: ptt.to,
      barriers: [random.pick(['Emotionally based school avoidance', 'Recovering from a long illness', 'Reintegration after a managed move'])],
      childViews: 'Mornings only for now; I want to build up to full days.',
      actions: [{ description: 'Increase to three full days a week if mornings go well', owner: schoolOf(a.urn).seniorAttendanceChampion, dueOn: reviewOn }],
      ...(reviewOn < today
        ? {
            review: {
              reviewedOn: weekdayOnOrAfter(reviewOn),
              notes: ended ? 'Back on a full timetable.' : 'Mornings going well; afternoons to be added from next week.',
              outcome: ended ? 'CLOSE' : 'CONTINUE',
              ...(ended ? {} : { nextReviewOn: minDate(addDays(reviewOn, 14), ptt.to) }),
            },
          }
        : {}),
    });
  }

  // Personal Education Plans for Northmoor's looked-after children at Northmoor schools (the Virtual School's).
  for (const a of local.filter((x) => x.pupil.characteristics.some((c) => c.characteristic === 'LOOKED_AFTER' && c.responsibleLaCode === DEMO_LA.laCode))) {
    const school = schoolOf(a.urn);
    const days = yearDays(school).filter((d) => d >= (enrolmentAt(a)?.admittedOn ?? d));
    const startsOn = schoolDay(days, 10 + random.int(0, 10));
    if (!startsOn || startsOn > today) continue;
    const term = school.calendar.halfTerms.find((h) => h.start <= startsOn && h.end >= startsOn);
    plans.push({
      pupil: a.pupil,
      laCode: a.laCode,
      urn: a.urn,
      kind: 'PERSONAL_EDUCATION_PLAN',
      draft: false,
      startsOn,
      reviewOn: maxDate(addDays(term?.end ?? startsOn, 28), addDays(today, 7)),
      barriers: [random.pick(['Change of placement this year', 'Contact arrangements on school days', 'Gaps in learning after moves'])],
      childViews: 'I want to stay at this school and do well in my exams.',
      actions: [
        { description: 'Designated teacher to arrange tuition funded by pupil premium plus', owner: 'Designated teacher' },
        { description: 'Carer to share any absence with the school and the Virtual School on the first day', owner: 'Foster carer' },
      ],
    });
  }

  // domain §5: penalty notices for term-time holidays the school did not authorise (one notice per parent per child).
  const holidayTakers = local.filter((a) => {
    const h = a.pupil.profile.holiday;
    return maintainedLike(a) && h && (h.request === 'NONE' || h.request === 'REFUSED') && h.to < addDays(today, -7);
  });
  const compulsoryAge = (a: PupilAttendance, on: LocalDate) => isCompulsorySchoolAge(a.pupil.dateOfBirth, on);
  const thresholdMetBy = (a: PupilAttendance, asAt: LocalDate) => {
    const school = schoolOf(a.urn);
    const from = enrolmentAt(a)?.admittedOn ?? today;
    const weeks = penaltyNoticeSchoolWeeks([{ calendar: school.calendar, from, to: asAt }]);
    return penaltyNoticeThreshold({ marks: a.absences as unknown as Mark[], schoolWeeks: weeks, asAt });
  };
  const outcomes: readonly PenaltyNoticeOutcome[] = ['PAY_REDUCED', 'AWAIT_PAYMENT', 'PAY_REDUCED', 'UNPAID_WITHDRAW', 'PAY_FULL', 'WITHDRAW', 'UNPAID_PROSECUTE', 'AWAIT_PAYMENT'];
  let notices = 0;
  for (const a of shuffled(holidayTakers, 'holiday-notices')) {
    if (notices >= count(24, 3)) break;
    const h = a.pupil.profile.holiday;
    if (!h) continue;
    const threshold = thresholdMetBy(a, h.to);
    if (!threshold.met || !compulsoryAge(a, h.from)) continue;
    const issuedOn = minDate(weekdayOnOrAfter(addDays(h.to, 8 + random.int(0, 6))), weekdayOnOrAfter(addDays(today, -3)));
    if (issuedOn <= h.to || issuedOn > today) continue;
    const parents = a.pupil.parents.filter((p) => p.parentalResponsibility && p.livesWith).slice(0, 2);
    for (const parent of parents) {
      interventions.push({
        kind: 'PENALTY_NOTICE',
        pupil: a.pupil,
        laCode: a.laCode,
        urn: a.urn,
        parentKey: parent.parentKey,
        issuedOn,
        offenceFirstDate: h.from,
        offenceLastDate: h.to,
        outcome: outcomes[notices % outcomes.length],
      });
      notices += 1;
    }
    usedForLegal.add(a.pupil.key);
  }

  // domain §5: Notices to Improve where unauthorised absence has met the threshold and support has not worked.
  const unauthorisedHeavy = local
    .filter((a) => maintainedLike(a) && !usedForLegal.has(a.pupil.key) && a.summary.unauthorisedAbsence >= 10)
    .sort(byRiskThenKey);
  let ntis = 0;
  for (const a of unauthorisedHeavy) {
    if (ntis >= count(16, 3)) break;
    const threshold = thresholdMetBy(a, today);
    const metOn = threshold.firstMetOn;
    const parentKey = firstParentWithResponsibility(a.pupil);
    if (!metOn || !parentKey || !compulsoryAge(a, metOn)) continue;
    const issuedOn = minDate(weekdayOnOrAfter(addDays(metOn, 4 + random.int(0, 5))), weekdayOnOrAfter(addDays(today, -1)));
    if (issuedOn > today) continue;
    interventions.push({ kind: 'NOTICE_TO_IMPROVE', pupil: a.pupil, laCode: a.laCode, urn: a.urn, parentKey, issuedOn, penaltyNoticeIfNoImprovement: ntis % 2 === 0 });
    usedForLegal.add(a.pupil.key);
    ntis += 1;
  }

  // domain §6–§9 and §17.1 bands 4–5: contracts, an ESO, a prosecution, for the most absent pupils.
  const mostAbsent = local.filter((a) => maintainedLike(a) && !usedForLegal.has(a.pupil.key) && (a.summary.attendanceRate ?? 100) <= 85).sort(byRiskThenKey);
  const take = () => {
    const next = mostAbsent.find((a) => !usedForLegal.has(a.pupil.key) && !has(a.pupil, 'LOOKED_AFTER') && firstParentWithResponsibility(a.pupil));
    if (next) usedForLegal.add(next.pupil.key);
    return next;
  };
  const caseDays = (a: PupilAttendance) => yearDays(schoolOf(a.urn)).filter((d) => d >= (enrolmentAt(a)?.admittedOn ?? d));
  for (let i = 0; i < count(5, 2); i++) {
    const a = take();
    if (!a) break;
    const days = caseDays(a);
    const proposedOn = schoolDay(days, Math.floor(days.length * 0.4));
    if (!proposedOn) continue;
    const agreedOn = schoolDay(days, days.indexOf(proposedOn) + 5);
    const reviewedOn = schoolDay(days, days.indexOf(proposedOn) + 30);
    interventions.push({
      kind: 'ATTENDANCE_CONTRACT',
      pupil: a.pupil,
      laCode: a.laCode,
      urn: a.urn,
      parentKeys: a.pupil.parents.filter((p) => p.parentalResponsibility && p.livesWith).map((p) => p.parentKey),
      party: i === 0 ? 'LOCAL_AUTHORITY' : 'SCHOOL',
      proposedOn,
      ...(agreedOn && agreedOn > proposedOn && i % 3 !== 2 ? { agreedOn } : {}),
      ...(reviewedOn && agreedOn && reviewedOn > agreedOn && i % 3 === 0 ? { reviewedOn } : {}),
      ...(reviewedOn && agreedOn && reviewedOn > agreedOn && i % 3 === 1 ? { nonComplianceOn: reviewedOn } : {}),
    });
  }
  const esoCase = take();
  if (esoCase) {
    const days = caseDays(esoCase);
    const consideredOn = schoolDay(days, Math.floor(days.length * 0.45));
    if (consideredOn) {
      const appliedOn = schoolDay(days, days.indexOf(consideredOn) + 8);
      const madeOn = appliedOn ? schoolDay(days, days.indexOf(appliedOn) + 12) : undefined;
      interventions.push({
        kind: 'EDUCATION_SUPERVISION_ORDER',
        pupil: esoCase.pupil,
        laCode: esoCase.laCode,
        urn: esoCase.urn,
        parentKeys: esoCase.pupil.parents.filter((p) => p.parentalResponsibility).map((p) => p.parentKey),
        consideredOn,
        ...(appliedOn && appliedOn > consideredOn ? { appliedOn } : {}),
        ...(madeOn && appliedOn && madeOn > appliedOn ? { madeOn } : {}),
      });
    }
  }
  const prosecutionCase = take();
  if (prosecutionCase) {
    const days = caseDays(prosecutionCase);
    const lastAbsence = prosecutionCase.absences.filter((m) => ['O', 'G', 'U'].includes(m.code)).pop()?.date;
    const esoConsideredOn = schoolDay(days, Math.floor(days.length * 0.5));
    const parentKey = firstParentWithResponsibility(prosecutionCase.pupil);
    if (lastAbsence && esoConsideredOn && parentKey) {
      const openedOn = minDate(weekdayOnOrAfter(addDays(maxDate(lastAbsence, esoConsideredOn), 3)), today);
      const informationLaidOn = schoolDay(days, days.indexOf(openedOn) + 5);
      interventions.push({
        kind: 'PROSECUTION',
        pupil: prosecutionCase.pupil,
        laCode: prosecutionCase.laCode,
        urn: prosecutionCase.urn,
        parentKey,
        esoConsideredOn,
        offenceDate: lastAbsence,
        openedOn,
        ...(informationLaidOn && informationLaidOn > openedOn ? { informationLaidOn } : {}),
      });
    }
  }

  // domain §9: a School Attendance Order considered for a child taken off roll for home education.
  const deletionReturns: DeletionReturnIntent[] = [];
  const homeEducated = demo.pupils.filter((p) => p.laCode === DEMO_LA.laCode && p.enrolments.some((e) => e.leftOn));
  for (const [i, pupil] of homeEducated.entries()) {
    const enrolment = pupil.enrolments.find((e) => e.leftOn);
    if (!enrolment?.leftOn) continue;
    deletionReturns.push({ laCode: pupil.laCode, urn: enrolment.urn, pupil, deletionDate: enrolment.leftOn });
    const parentKey = firstParentWithResponsibility(pupil);
    if (i === 0 && parentKey) {
      const consideredOn = weekdayOnOrAfter(minDate(addDays(enrolment.leftOn, 40), addDays(today, -20)));
      const noticeToSatisfyOn = weekdayOnOrAfter(addDays(consideredOn, 10));
      interventions.push({
        kind: 'SCHOOL_ATTENDANCE_ORDER',
        pupil,
        laCode: pupil.laCode,
        urn: enrolment.urn,
        parentKey,
        consideredOn: maxDate(consideredOn, addDays(enrolment.leftOn, 1)),
        ...(noticeToSatisfyOn <= today ? { noticeToSatisfyOn } : {}),
      });
    }
  }

  const meetings = targetingSupportMeetings(demo, local, random.fork('meetings'));
  const returns = statutoryReturns(demo);
  const { absenceReports, leaveRequests } = parentRequests(demo, local, families, random.fork('parents'), count, schoolOf);
  return { plans, interventions, meetings, returns, deletionReturns, absenceReports, leaveRequests };
}

/** The half terms of the term before the one `today` is in (or the last one, in a holiday). */
function termsAround(school: DemoSchool, today: LocalDate): { previous: HalfTerm[]; current: HalfTerm[] } {
  const halfTerms = [...school.calendar.halfTerms].sort((a, b) => a.start.localeCompare(b.start));
  const index = halfTerms.findIndex((h) => h.end >= today);
  const currentIndex = index < 0 ? halfTerms.length - 1 : index;
  const termKey = (h: HalfTerm) => `${h.academicYear}:${termOf(h.name)}`;
  const currentKey = termKey(halfTerms[currentIndex]);
  const current = halfTerms.filter((h) => termKey(h) === currentKey);
  const before = halfTerms.filter((h) => h.start < current[0].start);
  const previousKey = before.length ? termKey(before[before.length - 1]) : undefined;
  return { previous: before.filter((h) => termKey(h) === previousKey), current };
}

// domain §17.2; Working together (2024): a termly targeting support meeting with every school, agreeing actions for PA and SA pupils
function targetingSupportMeetings(demo: DemoData, local: readonly PupilAttendance[], random: Random): MeetingIntent[] {
  const { today } = demo;
  const meetings: MeetingIntent[] = [];
  const byUrn = new Map<number, PupilAttendance[]>();
  for (const a of local) byUrn.set(a.urn, [...(byUrn.get(a.urn) ?? []), a]);
  for (const school of demo.schools.filter((s) => s.laCode === DEMO_LA.laCode)) {
    const { previous, current } = termsAround(school, today);
    const pupils = (byUrn.get(school.urn) ?? []).filter((a) => a.summary.persistentlyAbsent);
    pupils.sort((a, b) => (b.summary.overallAbsenceRate ?? 0) - (a.summary.overallAbsenceRate ?? 0) || a.pupil.key.localeCompare(b.pupil.key));
    for (const [which, halfTerms] of [['previous', previous], ['current', current]] as const) {
      if (halfTerms.length === 0) continue;
      const first = halfTerms[halfTerms.length - 1];
      const days = schoolDaysBetween(school.calendar, first.start, first.end).filter((d) => isoWeekday(d) >= 2 && isoWeekday(d) <= 4);
      const scheduledFor = schoolDay(days, 6 + (school.urn % 5));
      if (!scheduledFor) continue;
      const held = scheduledFor < today;
      const onRollThen = pupils.filter((a) => (a.pupil.enrolments.find((e) => e.urn === school.urn)?.admittedOn ?? today) <= scheduledFor);
      const chosen = onRollThen.slice(0, which === 'previous' ? 4 : 3);
      const status = (i: number): 'OPEN' | 'DONE' | 'DROPPED' => (which === 'current' ? 'OPEN' : i % 5 === 4 ? 'DROPPED' : i % 5 < 3 ? 'DONE' : 'OPEN');
      const pupilActions = [
        'Hold a school attendance panel with the parents and agree a School Attendance Plan',
        'LA attendance officer to make a home visit and discuss support',
        'Refer the family to early help (Team Around the School)',
        'Consider a Notice to Improve if attendance has not improved by half term',
      ];
      meetings.push({
        laCode: school.laCode,
        school,
        academicYear: first.academicYear,
        term: termOf(first.name),
        scheduledFor,
        ...(held
          ? {
              held: {
                attendees: [
                  `${school.namedLaOfficer} (LA School Attendance Support Team)`,
                  `${school.seniorAttendanceChampion} (Senior Attendance Champion)`,
                  ...(random.chance(0.4) ? ['Early help coordinator'] : []),
                ],
                minutes:
                  `Reviewed the school's persistently and severely absent pupils (${pupils.length} this year so far). ` +
                  'Agreed the pupils to prioritise, the support each needs and where legal intervention should be considered.',
                actions: [
                  ...chosen.map((a, i) => ({
                    pupil: a.pupil,
                    description: pupilActions[i % pupilActions.length],
                    owner: i % 2 === 0 ? school.seniorAttendanceChampion : school.namedLaOfficer,
                    dueOn: addDays(scheduledFor, 21),
                    status: status(i),
                  })),
                  {
                    description: 'Share the first-day calling procedure with all form tutors',
                    owner: school.seniorAttendanceChampion,
                    dueOn: addDays(scheduledFor, 14),
                    status: status(chosen.length),
                  },
                ],
              },
            }
          : {}),
      });
    }
  }
  return meetings;
}

// domain §3: every school's attendance return for last month (acknowledged or just submitted); drafts for this
// month and sickness returns at some schools (each return reads the school's whole register, so the demo keeps them few)
function statutoryReturns(demo: DemoData): ReturnIntent[] {
  const { today } = demo;
  const returns: ReturnIntent[] = [];
  const thisMonth = attendanceReturnPeriod(today);
  const lastMonth = attendanceReturnPeriod(addDays(thisMonth.from, -1));
  for (const [index, school] of demo.schools.filter((s) => s.laCode === DEMO_LA.laCode).entries()) {
    const started = (from: LocalDate) => school.calendar.halfTerms.some((h) => h.start <= today && h.end >= from);
    const base = { laCode: school.laCode, school };
    if (started(lastMonth.from)) {
      returns.push({ ...base, kind: 'ATTENDANCE', periodStart: lastMonth.from, periodEnd: lastMonth.to, status: index % 3 === 2 ? 'SUBMITTED' : 'ACKNOWLEDGED' });
    }
    if (index % 6 === 0 && started(thisMonth.from)) {
      returns.push({ ...base, kind: 'ATTENDANCE', periodStart: thisMonth.from, periodEnd: thisMonth.to, status: 'DRAFT' });
    }
    const halfTerm = [...school.calendar.halfTerms].reverse().find((h) => h.end < today);
    if (index % 6 === 1 && halfTerm) {
      const status = (['DRAFT', 'SUBMITTED', 'ACKNOWLEDGED'] as const)[Math.floor(index / 6) % 3];
      returns.push({ ...base, kind: 'SICKNESS', periodStart: halfTerm.start, periodEnd: halfTerm.end, status });
    }
  }
  return returns;
}

// domain §13, §17.2: parents report absence and ask for leave; the school accepts, queries, grants or refuses
function parentRequests(
  demo: DemoData,
  local: readonly PupilAttendance[],
  families: DemoFamilies,
  random: Random,
  count: (atDefault: number, minimum: number) => number,
  schoolOf: (urn: number) => DemoSchool,
): { absenceReports: AbsenceReportIntent[]; leaveRequests: LeaveRequestIntent[] } {
  const { today } = demo;
  const signInKeys = new Set([...families.siblings.pupils, ...families.oneChild.pupils].map((p) => p.key));
  const ordered = [...local].sort((a, b) => Number(signInKeys.has(b.pupil.key)) - Number(signInKeys.has(a.pupil.key)) || a.pupil.key.localeCompare(b.pupil.key));

  const absenceReports: AbsenceReportIntent[] = [];
  const recent = addDays(today, -21);
  for (const a of [...ordered.filter((x) => signInKeys.has(x.pupil.key)), ...random.shuffle(ordered.filter((x) => !signInKeys.has(x.pupil.key)))]) {
    if (absenceReports.length >= count(150, 4)) break;
    const parentKey = firstParentWithResponsibility(a.pupil);
    const episode = a.absences.filter((m) => (m.code === 'I' || m.code === 'M') && m.date >= recent);
    if (!parentKey || episode.length === 0) continue;
    const firstMark = episode[0];
    const run = episode.filter((m) => m.code === firstMark.code && m.date <= addDays(firstMark.date, 4));
    const lastMark = run[run.length - 1];
    absenceReports.push({
      pupil: a.pupil,
      laCode: a.laCode,
      parentKey,
      firstDate: firstMark.date,
      firstSession: firstMark.session,
      lastDate: lastMark.date,
      lastSession: lastMark.session,
      reason: firstMark.code === 'M' ? 'MEDICAL_APPOINTMENT' : 'ILLNESS',
      details: firstMark.code === 'M' ? random.pick(['Dentist', 'Hospital outpatient appointment', 'Orthodontist']) : random.pick(['Temperature and sore throat', 'Sickness bug', 'Migraine', 'Chest infection']),
      ...(firstMark.date < addDays(today, -2) ? { review: absenceReports.length % 9 === 8 ? 'QUERIED' : 'ACCEPTED' } : {}),
    });
  }
  // The one-child family has told the school about an appointment next week.
  const child = families.oneChild.pupils[0];
  const childSchool = schoolOf(child.enrolments[0].urn);
  const nextWeek = schoolDaysBetween(childSchool.calendar, addDays(today, 5), addDays(today, 30))[0];
  if (nextWeek) absenceReports.push({
    pupil: child,
    laCode: child.laCode,
    parentKey: families.oneChild.parentKey,
    firstDate: nextWeek,
    firstSession: 'AM',
    lastDate: nextWeek,
    lastSession: 'AM',
    reason: 'MEDICAL_APPOINTMENT',
    details: 'Hospital outpatient appointment at 10:00',
  });

  const leaveRequests: LeaveRequestIntent[] = [];
  const requested = local.filter((a) => {
    const h = a.pupil.profile.holiday;
    return h && h.request !== 'NONE' && maxDate(h.from, h.to) > addDays(today, -150);
  });
  // Every decision appears: the requests are taken in turn from the granted, refused and pending ones.
  const byStatus = (['GRANTED', 'REFUSED', 'PENDING'] as const).map((status) =>
    random.shuffle(requested.filter((x) => !signInKeys.has(x.pupil.key) && x.pupil.profile.holiday?.request === status)),
  );
  const interleaved = Array.from({ length: Math.max(...byStatus.map((l) => l.length)) }, (_, i) => byStatus.flatMap((l) => (l[i] ? [l[i]] : [])));
  for (const a of [...requested.filter((x) => signInKeys.has(x.pupil.key)), ...interleaved.flat()]) {
    if (leaveRequests.length >= count(120, 4)) break;
    const h = a.pupil.profile.holiday;
    const parentKey = firstParentWithResponsibility(a.pupil);
    if (!h || !parentKey) continue;
    const requestedOn = h.request === 'PENDING' ? minDate(addDays(today, -random.int(1, 6)), addDays(h.from, -1)) : addDays(h.from, -random.int(20, 45));
    const decidedOn = minDate(addDays(requestedOn, random.int(2, 6)), addDays(today, -1));
    leaveRequests.push({
      pupil: a.pupil,
      laCode: a.laCode,
      parentKey,
      firstDate: h.from,
      lastDate: h.to,
      reason: h.reason,
      requestedOn,
      ...(h.request === 'GRANTED' || h.request === 'REFUSED'
        ? {
            decision: {
              status: h.request,
              decidedOn: maxDate(decidedOn, requestedOn),
              reason:
                h.request === 'GRANTED'
                  ? 'Exceptional circumstances: leave granted for the dates asked for.'
                  : 'Leave in term time is only granted in exceptional circumstances; a family holiday is not one. Absence will be unauthorised.',
            },
          }
        : {}),
    });
  }
  // The one-child family is waiting for a decision on leave next term (a family wedding abroad).
  const wedding = schoolDaysBetween(childSchool.calendar, addDays(today, 40), addDays(today, 90)).filter((d) => isoWeekday(d) >= 4);
  if (wedding.length >= 2 && !leaveRequests.some((r) => r.pupil.key === child.key)) {
    leaveRequests.push({
      pupil: child,
      laCode: child.laCode,
      parentKey: families.oneChild.parentKey,
      firstDate: wedding[0],
      lastDate: wedding[1] > addDays(wedding[0], 1) ? wedding[0] : wedding[1],
      reason: "My sister's wedding in Poland; we would travel on the Thursday and be back for Monday.",
      requestedOn: addDays(today, -2),
    });
  }
  return { absenceReports, leaveRequests };
}
