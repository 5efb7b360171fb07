import { Refusal, Scope, inTransaction, systemActor, systemScope } from '@rollcall/api-core';
import { useTestDataSource } from '@rollcall/db/testing';
import { SchoolCalendar, isSchoolDay, sessionsOn, upnCheckLetter } from '@rollcall/rules';
import { enrolmentsForSchool } from './enrolments-for-school';
import { loadSchoolCalendar } from './load-school-calendar';
import { pupilByUpn } from './pupil-by-upn';
import { PupilInput } from './pupil-input';
import { pupilProfile } from './pupil-profile';
import { RosterService } from './roster.service';
import { SchoolInput } from './school-input';
import { upsertPupilsInTransaction } from './upsert-pupils-in-transaction';

const LA = '343';
const PRIMARY = 100001;
const SECONDARY = 100002;
const scope = systemScope(systemActor('test'), LA);

/** A valid UPN issued by `la` with the serial number `n`. */
function upn(n: number, la = LA): string {
  const body = `${la}${String(n).padStart(9, '0')}`;
  return `${upnCheckLetter(body)}${body}`;
}

function pupil(n: number, extra: Partial<PupilInput> = {}): PupilInput {
  return {
    upn: upn(n),
    forename: `Child${n}`,
    surname: 'Jones',
    dateOfBirth: '2016-03-14',
    sex: 'F',
    homeLaCode: LA,
    ncYear: 4,
    admittedOn: '2024-09-04',
    ...extra,
  };
}

const school = (urn: number, extra: Partial<SchoolInput> = {}): SchoolInput => ({
  urn,
  laCode: LA,
  laestab: 3430000 + (urn % 10000),
  name: `School ${urn}`,
  type: 'COMMUNITY',
  phase: 'PRIMARY',
  ...extra,
});

async function count(table: string): Promise<number> {
  const rows = (await db.ownerDataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
  return rows[0].n;
}

async function refusalOf(work: Promise<unknown>): Promise<Refusal> {
  try {
    await work;
  } catch (e) {
    if (e instanceof Refusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const db = useTestDataSource();
let roster: RosterService;

beforeAll(async () => {
  roster = new RosterService(db.dataSource);
  await roster.upsertLocalAuthority(scope, { laCode: LA, name: 'Sefton' });
  await roster.upsertSchool(scope, school(PRIMARY));
  await roster.upsertSchool(scope, school(SECONDARY, { phase: 'SECONDARY' }));
});

const read = <T>(work: Parameters<typeof inTransaction<T>>[2]) => inTransaction(db.dataSource, scope, work);

/** Runs one read per item, one after another on the transaction's connection. */
async function each<I, T>(items: readonly I[], work: (item: I) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (const item of items) out.push(await work(item));
  return out;
}

describe('RosterService.upsertPupils', () => {
  const family = (n: number, extra: Partial<PupilInput> = {}): PupilInput =>
    pupil(n, {
      characteristics: [{ characteristic: 'FSM', startsOn: '2024-09-01' }],
      parents: [
        { familyKey: `F${n}`, forename: 'Sam', surname: 'Jones', relationship: 'MOTHER', parentalResponsibility: true, livesWith: true, phone: '07700 900001' },
      ],
      socialWorker: { name: 'Pat Kay', team: 'North CIN', startsOn: '2024-10-01' },
      ...extra,
    });

  it('is idempotent: the same roll twice leaves the same rows and ids', async () => {
    const pupils = [family(1), family(2), family(3)];
    const first = await roster.upsertPupils(scope, LA, PRIMARY, pupils);
    const counts = await each(['pupil', 'enrolment', 'parent', 'pupil_parent', 'pupil_characteristic', 'social_worker_assignment'], count);
    const second = await roster.upsertPupils(scope, LA, PRIMARY, pupils);

    expect(second).toEqual(first);
    expect([...first.keys()]).toEqual([upn(1), upn(2), upn(3)]);
    expect(await each(['pupil', 'enrolment', 'parent', 'pupil_parent', 'pupil_characteristic', 'social_worker_assignment'], count)).toEqual(
      counts,
    );
    const profile = await read((tx) => pupilProfile(tx, LA, first.get(upn(1))?.pupilId ?? '', '2025-01-10'));
    expect(profile?.pupil).toMatchObject({ upn: upn(1), forename: 'Child1', dateOfBirth: '2016-03-14', ncYear: 4 });
    expect(profile?.parents.map((p) => [p.forename, p.relationship, p.livesWith, p.phone])).toEqual([['Sam', 'MOTHER', true, '07700 900001']]);
    expect(profile?.socialWorker).toMatchObject({ name: 'Pat Kay', team: 'North CIN', startsOn: '2024-10-01', endsOn: null });
    expect(profile?.enrolments).toEqual([
      expect.objectContaining({ urn: PRIMARY, admittedOn: '2024-09-04', leftOn: null, registration: 'MAIN', boarder: false }),
    ]);
  });

  it('links siblings to the same parent rows through familyKey, and keeps them shared on a repeat upload', async () => {
    const mum = { familyKey: 'SMITH', forename: 'Ann', surname: 'Smith', relationship: 'MOTHER', parentalResponsibility: true, livesWith: true };
    const dad = { familyKey: 'SMITH', forename: 'Bob', surname: 'Smith', relationship: 'FATHER', parentalResponsibility: true, livesWith: false };
    const siblings = [
      pupil(10, { surname: 'Smith', parents: [mum, dad] }),
      pupil(11, { surname: 'Smith', parents: [{ ...mum, email: 'ann@example.org' }, dad] }),
    ];
    const parentsBefore = await count('parent');
    const ids = await roster.upsertPupils(scope, LA, PRIMARY, siblings);
    await roster.upsertPupils(scope, LA, PRIMARY, siblings);

    expect((await count('parent')) - parentsBefore).toBe(2);
    const [older, younger] = await read((tx) =>
      each([10, 11], (n) => pupilProfile(tx, LA, ids.get(upn(n))?.pupilId ?? '', '2025-01-10')),
    );
    expect(older?.parents.map((p) => p.id)).toEqual(younger?.parents.map((p) => p.id));
    expect(older?.parents.map((p) => [p.forename, p.contactPriority, p.email])).toEqual([
      ['Ann', 1, 'ann@example.org'],
      ['Bob', 2, null],
    ]);
  });

  it('replaces characteristics, parents and the social worker with what is given, and leaves them alone when omitted', async () => {
    const ids = await roster.upsertPupils(scope, LA, PRIMARY, [family(20)]);
    const pupilId = ids.get(upn(20))?.pupilId ?? '';
    const parentsBefore = await count('parent');
    await roster.upsertPupils(scope, LA, PRIMARY, [
      pupil(20, {
        characteristics: [
          { characteristic: 'FSM', startsOn: '2024-09-01', endsOn: '2024-12-31' },
          { characteristic: 'EHCP', startsOn: '2025-01-06' },
        ],
        parents: [{ forename: 'Lee', surname: 'Jones', relationship: 'CARER', parentalResponsibility: false, livesWith: true }],
        socialWorker: { name: 'Jo Reed', startsOn: '2025-02-01' },
      }),
    ]);
    const [autumn, spring, march] = await read((tx) =>
      each(['2024-11-01', '2025-01-10', '2025-03-03'], (on) => pupilProfile(tx, LA, pupilId, on)),
    );
    expect(autumn?.characteristics.map((c) => c.characteristic)).toEqual(['FSM']);
    expect(spring?.characteristics.map((c) => [c.characteristic, c.startsOn, c.endsOn])).toEqual([['EHCP', '2025-01-06', null]]);
    expect(spring?.parents.map((p) => p.forename)).toEqual(['Lee']);
    expect(await count('parent')).toBe(parentsBefore);
    expect(spring?.socialWorker).toMatchObject({ name: 'Pat Kay', endsOn: '2025-01-31' });
    expect(march?.socialWorker).toMatchObject({ name: 'Jo Reed', endsOn: null });

    await roster.upsertPupils(scope, LA, PRIMARY, [pupil(20, { forename: 'Renamed' })]);
    const kept = await read((tx) => pupilProfile(tx, LA, pupilId, '2025-03-03'));
    expect(kept?.pupil.forename).toBe('Renamed');
    expect(kept?.characteristics.map((c) => c.characteristic)).toEqual(['EHCP']);
    expect(kept?.parents.map((p) => p.forename)).toEqual(['Lee']);
  });

  it('holds a dual-registered pupil once, on both schools\u2019 rolls', async () => {
    const main = await roster.upsertPupils(scope, LA, PRIMARY, [pupil(30, { registration: 'DUAL_MAIN' })]);
    const subsidiary = await roster.upsertPupils(scope, LA, SECONDARY, [pupil(30, { registration: 'DUAL_SUBSIDIARY', admittedOn: '2025-01-06' })]);

    expect(subsidiary.get(upn(30))?.pupilId).toBe(main.get(upn(30))?.pupilId);
    expect(subsidiary.get(upn(30))?.enrolmentId).not.toBe(main.get(upn(30))?.enrolmentId);
    const [primaryRoll, secondaryBefore, secondaryAfter] = await read((tx) =>
      each(
        [
          [PRIMARY, '2025-01-10'],
          [SECONDARY, '2025-01-03'],
          [SECONDARY, '2025-01-06'],
        ] as const,
        ([urn, on]) => enrolmentsForSchool(tx, urn, on),
      ),
    );
    expect(primaryRoll.find((e) => e.pupil.upn === upn(30))?.registration).toBe('DUAL_MAIN');
    expect(secondaryBefore.find((e) => e.pupil.upn === upn(30))).toBeUndefined();
    expect(secondaryAfter.find((e) => e.pupil.upn === upn(30))).toMatchObject({ registration: 'DUAL_SUBSIDIARY', admittedOn: '2025-01-06' });
  });

  it('keeps a leaver on the roll up to and including the leaving date', async () => {
    await roster.upsertPupils(scope, LA, SECONDARY, [pupil(40, { admittedOn: '2024-09-04', leftOn: '2025-02-14' })]);
    const [lastDay, dayAfter] = await read((tx) =>
      each(['2025-02-14', '2025-02-15'], (on) => enrolmentsForSchool(tx, SECONDARY, on)),
    );
    expect(lastDay.map((e) => e.pupil.upn)).toContain(upn(40));
    expect(dayAfter.map((e) => e.pupil.upn)).not.toContain(upn(40));
  });

  it('refuses an invalid UPN, naming the pupil and the field, and writes nothing', async () => {
    const pupilsBefore = await count('pupil');
    const bad = upn(51).replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const refusal = await refusalOf(
      roster.upsertPupils(scope, LA, PRIMARY, [pupil(50), pupil(51, { upn: bad, forename: 'Maya', surname: 'Patel' }), pupil(52)]),
    );

    expect(refusal.code).toBe('INVALID_PUPIL');
    expect(refusal.message).toBe(`Pupil 2 (Maya Patel, UPN ${bad}): upn: UPN invalid (wrong check letter at character 1)`);
    expect(refusal.detail).toMatchObject({ total: 1, problems: [{ index: 1, field: 'upn', pupil: 'Maya Patel' }] });
    expect(await count('pupil')).toBe(pupilsBefore);
    expect(await read((tx) => pupilByUpn(tx, LA, upn(50)))).toBeUndefined();
  });

  it('lists every problem in a batch at once', async () => {
    const refusal = await refusalOf(
      roster.upsertPupils(scope, LA, PRIMARY, [
        pupil(60, { dateOfBirth: '2016-02-30' }),
        pupil(61, { leftOn: '2024-01-01', parents: [{ forename: '', surname: 'X', relationship: 'MOTHER', parentalResponsibility: true, livesWith: true }] }),
        pupil(60),
      ]),
    );
    expect((refusal.detail as { problems: { index: number; field: string }[] }).problems.map((p) => [p.index, p.field])).toEqual([
      [0, 'dateOfBirth'],
      [1, 'leftOn'],
      [1, 'parents[0].forename'],
      [2, 'upn'],
    ]);
  });

  it('adds a cross-border pupil\u2019s home LA from the DfE list and refuses a code that is not an LA', async () => {
    await roster.upsertPupils(scope, LA, PRIMARY, [pupil(70, { homeLaCode: '344' })]);
    expect(await db.ownerDataSource.query(`SELECT name FROM local_authority WHERE la_code = '344'`)).toEqual([{ name: 'Wirral' }]);

    const refusal = await refusalOf(roster.upsertPupils(scope, LA, PRIMARY, [pupil(71, { homeLaCode: '999' })]));
    expect(refusal.code).toBe('INVALID_PUPIL');
    expect(refusal.message).toContain('homeLaCode: "999" is not a DfE local authority code');
    expect(await read((tx) => pupilByUpn(tx, LA, upn(71)))).toBeUndefined();
  });

  it('refuses a school in another LA and a caller without access to the school', async () => {
    expect((await refusalOf(roster.upsertPupils(scope, '344', PRIMARY, [pupil(80)]))).code).toBe('SCHOOL_NOT_IN_LA');
    const staff: Scope = { actor: systemActor('staff'), role: 'SCHOOL_STAFF', laCode: LA, urns: [SECONDARY] };
    expect((await refusalOf(roster.upsertPupils(staff, LA, PRIMARY, [pupil(80)]))).code).toBe('NOT_PERMITTED');
    expect((await roster.upsertPupils(staff, LA, SECONDARY, [pupil(80)])).size).toBe(1);
  });

  it('writes thousands of pupils with a handful of statements', async () => {
    const pupils = Array.from({ length: 3000 }, (_, i) =>
      pupil(10000 + i, {
        characteristics: i % 4 === 0 ? [{ characteristic: 'FSM', startsOn: '2024-09-01' }] : [],
        parents: [{ familyKey: `B${Math.floor(i / 2)}`, forename: 'Pat', surname: 'Bulk', relationship: 'MOTHER', parentalResponsibility: true, livesWith: true }],
      }),
    );
    const statements = await read(async (tx) => {
      const spy = jest.spyOn(tx, 'query');
      const ids = await upsertPupilsInTransaction(tx, LA, SECONDARY, pupils);
      expect(ids.size).toBe(3000);
      return spy.mock.calls.length;
    });
    expect(statements).toBeLessThanOrEqual(15);
    expect(await db.ownerDataSource.query(`SELECT count(*)::int AS n FROM parent WHERE surname = 'Bulk'`)).toEqual([{ n: 1500 }]);
  });
});

describe('RosterService.upsertSchool and loadSchoolCalendar', () => {
  const calendar = {
    halfTerms: [
      { academicYear: 2024, name: 'AUTUMN_1' as const, startsOn: '2024-09-03', endsOn: '2024-10-25' },
      { academicYear: 2024, name: 'AUTUMN_2' as const, startsOn: '2024-11-04', endsOn: '2024-12-20' },
    ],
    closures: [
      { startsOn: '2024-09-02', endsOn: '2024-09-02', kind: 'INSET' as const, sessions: 'BOTH' as const },
      { startsOn: '2024-11-04', endsOn: '2024-11-04', kind: 'INSET' as const, sessions: 'BOTH' as const, description: 'Safeguarding training' },
      { startsOn: '2024-12-20', endsOn: '2024-12-20', kind: 'PLANNED_CLOSURE' as const, sessions: 'PM' as const },
    ],
  };

  it('stores the calendar and reads back the same calendar the rules use', async () => {
    await roster.upsertSchool(scope, school(PRIMARY, { calendar, seniorAttendanceChampion: 'Ms Hart' }));
    const loaded = await read((tx) => loadSchoolCalendar(tx, PRIMARY));

    const expected: SchoolCalendar = {
      halfTerms: [
        { name: 'AUTUMN_1', academicYear: 2024, start: '2024-09-03', end: '2024-10-25' },
        { name: 'AUTUMN_2', academicYear: 2024, start: '2024-11-04', end: '2024-12-20' },
      ],
      closures: [
        { start: '2024-09-02', end: '2024-09-02', kind: 'INSET', sessions: 'BOTH' },
        { start: '2024-11-04', end: '2024-11-04', kind: 'INSET', sessions: 'BOTH', description: 'Safeguarding training' },
        { start: '2024-12-20', end: '2024-12-20', kind: 'PLANNED_CLOSURE', sessions: 'PM' },
      ],
    };
    expect(loaded).toEqual(expected);
    expect(isSchoolDay(loaded, '2024-11-04')).toBe(false);
    expect(isSchoolDay(loaded, '2024-11-05')).toBe(true);
    expect(isSchoolDay(loaded, '2024-10-30')).toBe(false);
    expect(sessionsOn(loaded, '2024-12-20')).toEqual(['AM']);
  });

  it('replaces the whole calendar, and keeps it when none is given', async () => {
    await roster.upsertSchool(scope, school(SECONDARY, { phase: 'SECONDARY', calendar }));
    await roster.upsertSchool(scope, school(SECONDARY, { phase: 'SECONDARY', calendar: { halfTerms: calendar.halfTerms.slice(0, 1), closures: [] } }));
    await roster.upsertSchool(scope, school(SECONDARY, { phase: 'SECONDARY', name: 'Renamed High' }));
    const loaded = await read((tx) => loadSchoolCalendar(tx, SECONDARY));
    expect(loaded.halfTerms.map((h) => h.name)).toEqual(['AUTUMN_1']);
    expect(loaded.closures).toEqual([]);
    expect(await db.ownerDataSource.query(`SELECT name FROM school WHERE urn = $1`, [SECONDARY])).toEqual([{ name: 'Renamed High' }]);
  });

  it('refuses a calendar the rules cannot use, and writes none of it', async () => {
    const overlapping = {
      halfTerms: [...calendar.halfTerms, { academicYear: 2024, name: 'SPRING_1' as const, startsOn: '2024-12-16', endsOn: '2025-02-14' }],
      closures: [],
    };
    const refusal = await refusalOf(roster.upsertSchool(scope, school(PRIMARY, { calendar: overlapping })));
    expect(refusal.code).toBe('INVALID_CALENDAR');
    expect(refusal.message).toContain('SPRING_1 starts (2024-12-16) before 2024 AUTUMN_2 ends (2024-12-20)');
    expect((await read((tx) => loadSchoolCalendar(tx, PRIMARY))).halfTerms).toHaveLength(2);
  });

  it('refuses register times open longer than 30 minutes, a wrong LAESTAB and a move to another LA', async () => {
    const long = await refusalOf(roster.upsertSchool(scope, school(PRIMARY, { registerOpens: '08:30', registerCloses: '09:15' })));
    expect(long.code).toBe('INVALID_REGISTER_TIMES');
    expect(long.message).toBe('The register stays open longer than allowed after the session starts (30 minutes) (AM).');
    expect((await refusalOf(roster.upsertSchool(scope, school(PRIMARY, { laestab: 3449999 })))).code).toBe('INVALID_SCHOOL');
    await roster.upsertLocalAuthority(scope, { laCode: '340', name: 'Knowsley' });
    expect((await refusalOf(roster.upsertSchool(scope, school(PRIMARY, { laCode: '340', laestab: 3400001 })))).code).toBe('SCHOOL_IN_ANOTHER_LA');
    expect((await refusalOf(read((tx) => loadSchoolCalendar(tx, 999999)))).code).toBe('UNKNOWN_SCHOOL');
  });
});
