import { termDatesFor } from '@rollcall/rules';
import { countStatements, useApi } from '../testing/api-harness';
import type { Caller, GraphQLResponse } from '../testing/api-harness';
import { CallerName, Callers, RecordsWorld, asSystem, dataOf, errorCode, errorMessage, outcomeOf, seedRecordsWorld, signInEveryone } from './records.fixture';

const PUPILS = `query ($filter: PupilFilter, $first: Int, $after: String) {
  pupils(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id forename } }
}`;

type PupilsData = { pupils: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; forename: string }[] } };

const forenames = (c: { nodes: { forename: string }[] }) => c.nodes.map((n) => n.forename);

describe('records over HTTP: local authorities, schools, pupils and a parent’s children', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  let w: RecordsWorld;
  let as: Callers;

  beforeAll(async () => {
    w = await seedRecordsWorld(api.dataSource);
    as = await signInEveryone(api, w);
  });

  describe('pupils: each caller sees only the children they work with, by surname', () => {
    const cases: [CallerName, string | string[]][] = [
      ['nobody', 'UNAUTHENTICATED'],
      ['parent', 'FORBIDDEN'],
      ['keyWithoutScope', 'FORBIDDEN'],
      ['staffA', ['Amy', 'Ben', 'Cal']],
      ['staffB', ['Ben']],
      ['officer', ['Amy', 'Ben', 'Cal', 'Dee']],
      ['admin', ['Amy', 'Ben', 'Cal', 'Dee']],
      ['neighbourOfficer', ['Dee', 'Eve', 'Fay']],
      ['neighbourAdmin', ['Dee', 'Eve', 'Fay']],
      ['virtualSchool', ['Cal', 'Fay']],
      ['laKey', ['Amy', 'Ben', 'Cal', 'Dee']],
      ['schoolKeyA', ['Amy', 'Ben', 'Cal']],
    ];
    it.each(cases)('%s → %j', async (caller, expected) => {
      expect(outcomeOf(await as[caller].query(PUPILS), 'pupils', forenames)).toEqual(expected);
    });
  });

  describe('pupils: filters', () => {
    const cases: [string, CallerName, Record<string, unknown>, string[]][] = [
      ['at a school (ever on its roll)', 'officer', { urn: 100001 }, ['Amy', 'Ben', 'Cal']],
      ['on roll at a school on a day', 'officer', { urn: 100001, onRollOn: '2025-01-15' }, ['Amy', 'Cal']],
      ['on roll anywhere on a day', 'officer', { onRollOn: '2023-01-16' }, ['Ben']],
      ['on roll at one of my schools on a day (staff)', 'staffA', { onRollOn: '2025-01-15' }, ['Amy', 'Cal']],
      ['in a year group', 'officer', { yearGroup: 7 }, ['Ben']],
      ['with free school meals today', 'officer', { characteristic: 'FSM' }, ['Amy']],
      ['with SEN support while on roll on a past day', 'officer', { characteristic: 'SEN_SUPPORT', onRollOn: '2023-01-16' }, ['Ben']],
      ['with SEN support today (ended)', 'officer', { characteristic: 'SEN_SUPPORT' }, []],
      ['a child in need', 'virtualSchool', { characteristic: 'CHILD_IN_NEED' }, ['Cal']],
      ['by part of a name, any case', 'officer', { search: 'ADA' }, ['Amy']],
      ['by forename and surname', 'officer', { search: 'cal clarke' }, ['Cal']],
      ['a residents’ school in another LA', 'officer', { urn: 100003 }, ['Dee']],
    ];
    it.each(cases)('%s', async (_, caller, filter, expected) => {
      const response = await as[caller].query(PUPILS, { filter });
      expect(outcomeOf(response, 'pupils', forenames)).toEqual(expected);
    });

    it('finds a pupil by their whole UPN, in any case', async () => {
      const [{ upn }] = await asSystem<{ upn: string }>(api.dataSource, `SELECT upn FROM pupil WHERE id = $1`, [w.ben]);
      const response = await as.staffB.query(PUPILS, { filter: { search: ` ${upn.toLowerCase()} ` } });
      expect(outcomeOf(response, 'pupils', forenames)).toEqual(['Ben']);
    });
  });

  describe('pupils: bad requests are refused, saying what to send', () => {
    const cases: [string, CallerName, Record<string, unknown>, string, string][] = [
      ['a URN that is not 6 digits', 'officer', { filter: { urn: 12 } }, 'INVALID_FILTER', '6-digit Unique Reference Number'],
      ['a year group out of range', 'officer', { filter: { yearGroup: 15 } }, 'INVALID_FILTER', 'from -2 (nursery) to 14'],
      ['a one-letter search', 'officer', { filter: { search: 'a' } }, 'INVALID_FILTER', '2 to 100 characters'],
      ['another school’s pupils (staff)', 'staffA', { filter: { urn: 100002 } }, 'NOT_PERMITTED', 'only at your own school (URN 100001)'],
      ['more than 100 at a time', 'officer', { first: 101 }, 'INVALID_PAGE_SIZE', 'between 1 and 100'],
      ['a cursor it did not give out', 'officer', { after: 'bm90LWEtY3Vyc29y' }, 'INVALID_CURSOR', 'pageInfo.endCursor'],
    ];
    it.each(cases)('%s', async (_, caller, variables, code, words) => {
      const response = await as[caller].query(PUPILS, variables);
      expect(errorCode(response)).toBe(code);
      expect(errorMessage(response)).toContain(words);
    });

    it('refuses a date that is not a calendar date before running anything', async () => {
      const response = await as.officer.query(PUPILS, { filter: { onRollOn: '2025-02-30' } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    });
  });

  it('pages through pupils with cursors, in surname, forename and id order', async () => {
    const first = await as.officer.query<PupilsData>(PUPILS, { first: 3 });
    expect(first.body.data?.pupils).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(forenames(dataOf(first).pupils)).toEqual(['Amy', 'Ben', 'Cal']);
    const second = await as.officer.query<PupilsData>(PUPILS, { first: 3, after: first.body.data?.pupils.pageInfo.endCursor });
    expect(second.body.data?.pupils).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    expect(forenames(dataOf(second).pupils)).toEqual(['Dee']);
  });

  describe('pupil(id): one record, or null to someone who may not see it', () => {
    const ONE = `query ($id: ID!, $laCode: String) { pupil(id: $id, laCode: $laCode) { forename laCode homeLaCode } }`;
    const cases: [CallerName, keyof RecordsWorld, string | null, string | null][] = [
      ['nobody', 'amy', null, 'UNAUTHENTICATED'],
      ['parent', 'amy', null, 'FORBIDDEN'],
      ['keyWithoutScope', 'amy', null, 'FORBIDDEN'],
      ['staffA', 'amy', null, 'Amy'],
      ['staffB', 'amy', null, null],
      ['staffA', 'ben', null, 'Ben'],
      ['officer', 'dee', null, 'Dee'],
      ['officer', 'dee', '343', 'Dee'],
      ['officer', 'dee', '928', null],
      ['officer', 'eve', null, null],
      ['neighbourOfficer', 'amy', null, null],
      ['virtualSchool', 'fay', null, 'Fay'],
      ['virtualSchool', 'amy', null, null],
      ['schoolKeyA', 'cal', null, 'Cal'],
      ['schoolKeyA', 'dee', null, null],
    ];
    it.each(cases)('%s reading %s (laCode %s) → %s', async (caller, child, laCode, expected) => {
      const response = await as[caller].query(ONE, { id: w[child], laCode });
      expect(outcomeOf(response, 'pupil', (p: { forename: string } | null) => p?.forename ?? null)).toBe(expected);
    });

    it('says a cross-border record is held by the school’s LA and where the child lives', async () => {
      const response = await as.officer.query(ONE, { id: w.dee });
      expect(response.body.data).toEqual({ pupil: { forename: 'Dee', laCode: '343', homeLaCode: '928' } });
    });

    it('refuses an id or LA code that cannot be one, saying what to send', async () => {
      const badId = await as.officer.query(ONE, { id: 'amy' });
      expect(errorCode(badId)).toBe('INVALID_ID');
      expect(errorMessage(badId)).toContain('use the id a Pupil gave');
      const badLa = await as.officer.query(ONE, { id: w.amy, laCode: '92' });
      expect(errorCode(badLa)).toBe('INVALID_LA_CODE');
      expect(errorMessage(badLa)).toContain('3-digit DfE number');
    });
  });

  describe('pupilByUpn', () => {
    const BY_UPN = `query ($upn: String!) { pupilByUpn(upn: $upn) { forename upn } }`;
    let upns: Record<string, string>;

    beforeAll(async () => {
      const rows = await asSystem<{ forename: string; upn: string }>(api.dataSource, `SELECT forename, upn FROM pupil`);
      upns = Object.fromEntries(rows.map((r) => [r.forename, r.upn]));
    });

    it.each<[CallerName, string, string | null]>([
      ['staffA', 'Amy', 'Amy'],
      ['staffB', 'Amy', null],
      ['officer', 'Dee', 'Dee'],
      ['neighbourOfficer', 'Amy', null],
      ['laKey', 'Cal', 'Cal'],
      ['parent', 'Amy', 'FORBIDDEN'],
    ])('%s looking up %s → %s', async (caller, child, expected) => {
      const response = await as[caller].query(BY_UPN, { upn: upns[child] });
      expect(outcomeOf(response, 'pupilByUpn', (p: { forename: string } | null) => p?.forename ?? null)).toBe(expected);
    });

    it('refuses a UPN that fails the DfE checks, in the DfE’s words, with the check letter to use', async () => {
      const upn = upns['Amy'];
      const wrongLetter = `${upn[0] === 'A' ? 'B' : 'A'}${upn.slice(1)}`;
      const response = await as.staffA.query(BY_UPN, { upn: wrongLetter });
      expect(errorCode(response)).toBe('INVALID_UPN');
      expect(errorMessage(response)).toContain('UPN invalid (wrong check letter at character 1)');
      expect(errorMessage(response)).toContain(`the check letter for these digits is ${upn[0]}`);
      const short = await as.staffA.query(BY_UPN, { upn: 'A123' });
      expect(errorMessage(short)).toContain('UPN invalid (not 13 characters long)');
    });
  });

  describe('a pupil’s record: characteristics, social worker, enrolments, parents', () => {
    const RECORD = `query ($id: ID!, $history: Boolean) { pupil(id: $id) {
      forename upn dateOfBirth sex ncYear homeLaCode addressLine1 town postcode
      characteristics(history: $history) { totalCount nodes { characteristic startsOn endsOn inForce responsibleLaCode } }
      socialWorker { name email team startsOn }
      enrolments { totalCount nodes { urn admittedOn leftOn deletionGround registration school { name } } }
      parents { nodes { forename relationship parentalResponsibility livesWith contactPriority phone email } }
    } }`;

    it('gives staff the whole record: current characteristics, parents in contact order, enrolments with their school', async () => {
      const { body } = await as.staffA.query(RECORD, { id: w.amy });
      expect(body.errors).toBeUndefined();
      expect(body.data).toMatchObject({
        pupil: {
          forename: 'Amy',
          dateOfBirth: '2015-05-10',
          sex: 'F',
          ncYear: 3,
          homeLaCode: '928',
          addressLine1: '1 Church Road',
          postcode: 'L20 1AA',
          characteristics: { totalCount: 1, nodes: [{ characteristic: 'FSM', startsOn: '2023-09-01', endsOn: null, inForce: true, responsibleLaCode: null }] },
          socialWorker: null,
          enrolments: { totalCount: 1, nodes: [{ urn: 100001, admittedOn: '2024-09-02', leftOn: null, registration: 'MAIN', school: { name: 'Hope Primary' } }] },
          parents: {
            nodes: [
              { forename: 'Alice', relationship: 'MOTHER', parentalResponsibility: true, livesWith: true, contactPriority: 1, phone: '07700 900123', email: 'alice@example.org' },
              { forename: 'Carol', relationship: 'AUNT', parentalResponsibility: false, livesWith: false, contactPriority: 2, phone: '07700 900999', email: null },
            ],
          },
        },
      });
    });

    it('gives the history of characteristics on request, earliest first, saying which are in force', async () => {
      const { body } = await as.officer.query<{ pupil: { characteristics: unknown } }>(RECORD, { id: w.amy, history: true });
      expect(body.data?.pupil.characteristics).toEqual({
        totalCount: 2,
        nodes: [
          { characteristic: 'SEN_SUPPORT', startsOn: '2022-01-10', endsOn: '2023-07-20', inForce: false, responsibleLaCode: null },
          { characteristic: 'FSM', startsOn: '2023-09-01', endsOn: null, inForce: true, responsibleLaCode: null },
        ],
      });
    });

    it('names the social worker assigned today, and the LA looking after a child in care', async () => {
      const cal = await as.virtualSchool.query<{ pupil: { socialWorker: unknown } }>(RECORD, { id: w.cal });
      expect(cal.body.data?.pupil.socialWorker).toEqual({ name: 'Sam Patel', email: 'sam.patel@home.example', team: 'North', startsOn: '2024-09-01' });
      const fay = await as.virtualSchool.query<{ pupil: { characteristics: { nodes: { characteristic: string; responsibleLaCode: string }[] } } }>(RECORD, { id: w.fay });
      expect(fay.body.data?.pupil.characteristics.nodes).toEqual([expect.objectContaining({ characteristic: 'LOOKED_AFTER', responsibleLaCode: '928' })]);
    });

    it('shows school staff only their own school’s enrolments, and the LA every one', async () => {
      type Enrolments = { pupil: { enrolments: { nodes: { urn: number; leftOn: string | null; deletionGround: string | null }[] } } };
      const atA = await as.staffA.query<Enrolments>(RECORD, { id: w.ben });
      expect(atA.body.data?.pupil.enrolments.nodes).toEqual([expect.objectContaining({ urn: 100001, leftOn: '2024-07-19', deletionGround: 'REGISTERED_ELSEWHERE' })]);
      const atB = await as.staffB.query<Enrolments>(RECORD, { id: w.ben });
      expect(atB.body.data?.pupil.enrolments.nodes.map((e) => e.urn)).toEqual([100002]);
      const la = await as.officer.query<Enrolments>(RECORD, { id: w.ben });
      expect(la.body.data?.pupil.enrolments.nodes.map((e) => e.urn)).toEqual([100001, 100002]);
    });

    it('pages a relation with its own cursor, and refuses more than 100 at a time', async () => {
      const PARENTS = `query ($id: ID!, $after: String) { pupil(id: $id) { parents(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { forename } } } }`;
      type Parents = { pupil: { parents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { forename: string }[] } } };
      const first = await as.staffA.query<Parents>(PARENTS, { id: w.amy });
      expect(first.body.data?.pupil.parents).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ forename: 'Alice' }] });
      const second = await as.staffA.query<Parents>(PARENTS, { id: w.amy, after: first.body.data?.pupil.parents.pageInfo.endCursor });
      expect(second.body.data?.pupil.parents).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false }, nodes: [{ forename: 'Carol' }] });
      const tooMany = await as.staffA.query(`query ($id: ID!) { pupil(id: $id) { enrolments(first: 500) { totalCount } } }`, { id: w.amy });
      expect(errorCode(tooMany)).toBe('INVALID_PAGE_SIZE');
    });
  });

  describe('schools and the local authority', () => {
    const SCHOOLS = `query ($filter: SchoolFilter) { schools(filter: $filter) { totalCount nodes { urn name } } }`;
    const names = (c: { nodes: { name: string }[] }) => c.nodes.map((n) => n.name);

    const cases: [CallerName, string | string[]][] = [
      ['nobody', 'UNAUTHENTICATED'],
      ['parent', 'FORBIDDEN'],
      ['keyWithoutScope', 'FORBIDDEN'],
      ['staffA', ['Hope Primary']],
      ['staffB', ['Bootle High']],
      ['officer', ['Bootle High', 'Hope Primary']],
      ['virtualSchool', ['Bootle High', 'Hope Primary']],
      ['neighbourAdmin', ['Sefton Park Primary']],
      ['laKey', ['Bootle High', 'Hope Primary']],
      ['schoolKeyA', ['Hope Primary']],
    ];
    it.each(cases)('schools for %s → %j', async (caller, expected) => {
      expect(outcomeOf(await as[caller].query(SCHOOLS), 'schools', names)).toEqual(expected);
    });

    it.each<[Record<string, unknown>, string[]]>([
      [{ phase: 'SECONDARY' }, ['Bootle High']],
      [{ type: 'COMMUNITY' }, ['Hope Primary']],
      [{ search: 'hope' }, ['Hope Primary']],
      [{ search: '100002' }, ['Bootle High']],
      [{ search: 'l30' }, ['Bootle High']],
      [{ phase: 'PRIMARY', type: 'ACADEMY' }, []],
    ])('filters schools by %j', async (filter, expected) => {
      expect(outcomeOf(await as.officer.query(SCHOOLS, { filter }), 'schools', names)).toEqual(expected);
    });

    it('refuses a one-letter school search', async () => {
      const response = await as.officer.query(SCHOOLS, { filter: { search: 'h' } });
      expect(errorCode(response)).toBe('INVALID_FILTER');
      expect(errorMessage(response)).toContain('part of a school’s name, its URN, or the start of its postcode');
    });

    it('gives a school’s attendance set-up and its calendar for an academic year', async () => {
      const { body } = await as.staffA.query(`{ school(urn: 100001) {
        urn laestab name type phase postcode namedLaOfficer seniorAttendanceChampion registerOpens registerCloses pmRegisterOpens pmRegisterCloses
        calendar(academicYear: 2025) { academicYear label halfTerms { name startsOn endsOn } closures { startsOn kind sessions } }
      } }`);
      const dates = termDatesFor(2025);
      expect(body.data).toEqual({
        school: {
          urn: 100001,
          laestab: 9280001,
          name: 'Hope Primary',
          type: 'COMMUNITY',
          phase: 'PRIMARY',
          postcode: 'L20 1AA',
          namedLaOfficer: 'Priya Shah',
          seniorAttendanceChampion: 'Mr Green',
          registerOpens: '08:45',
          registerCloses: '09:15',
          pmRegisterOpens: '13:15',
          pmRegisterCloses: '13:45',
          calendar: {
            academicYear: 2025,
            label: '2025/26',
            halfTerms: dates.halfTerms.map((h) => ({ name: h.name, startsOn: h.start, endsOn: h.end })),
            closures: [...(dates.insetDays ?? [])].sort().map((d) => ({ startsOn: d, kind: 'INSET', sessions: 'BOTH' })),
          },
        },
      });
    });

    it.each<[CallerName, number, string | null]>([
      ['staffA', 100001, 'Hope Primary'],
      ['staffA', 100002, null],
      ['officer', 100003, null],
      ['neighbourOfficer', 100003, 'Sefton Park Primary'],
      ['parent', 100001, 'FORBIDDEN'],
    ])('school(urn) for %s of %i → %s', async (caller, urn, expected) => {
      const response = await as[caller].query(`query ($urn: Int!) { school(urn: $urn) { name } }`, { urn });
      expect(outcomeOf(response, 'school', (s: { name: string } | null) => s?.name ?? null)).toBe(expected);
    });

    it('refuses a calendar year that cannot be one, and a URN that is not 6 digits', async () => {
      const year = await as.staffA.query(`{ school(urn: 100001) { calendar(academicYear: 25) { label } } }`);
      expect(errorCode(year)).toBe('INVALID_ACADEMIC_YEAR');
      expect(errorMessage(year)).toContain('e.g. 2025 for 2025/26');
      const urn = await as.staffA.query(`{ school(urn: 1) { name } }`);
      expect(errorCode(urn)).toBe('INVALID_URN');
    });

    it.each<[CallerName, unknown]>([
      ['officer', { laCode: '928', name: 'Home Borough Council', schools: { totalCount: 2 } }],
      ['staffB', { laCode: '928', name: 'Home Borough Council', schools: { totalCount: 1 } }],
      ['neighbourAdmin', { laCode: '343', name: 'Neighbouring County Council', schools: { totalCount: 1 } }],
      ['parent', 'FORBIDDEN'],
      ['nobody', 'UNAUTHENTICATED'],
    ])('localAuthority for %s', async (caller, expected) => {
      const response = await as[caller].query(`{ localAuthority { laCode name schools { totalCount } } }`);
      expect(outcomeOf(response, 'localAuthority', (la: unknown) => la)).toEqual(expected);
    });
  });

  describe('myChildren: a parent sees only their own children, and only what is meant for parents', () => {
    const CHILDREN = `{ myChildren { totalCount nodes { forename surname dateOfBirth ncYear
      school { name registerCloses calendar(academicYear: 2025) { label } }
      myContactDetails { forename relationship phone email } } } }`;

    it('gives the parent their child, their school and their own contact details', async () => {
      const { body } = await as.parent.query(CHILDREN);
      expect(body).toEqual({
        data: {
          myChildren: {
            totalCount: 1,
            nodes: [
              {
                forename: 'Amy',
                surname: 'Adams',
                dateOfBirth: '2015-05-10',
                ncYear: 3,
                school: { name: 'Hope Primary', registerCloses: '09:15', calendar: { label: '2025/26' } },
                myContactDetails: { forename: 'Alice', relationship: 'MOTHER', phone: '07700 900123', email: 'alice@example.org' },
              },
            ],
          },
        },
      });
    });

    it('shows nothing to a carer without parental responsibility', async () => {
      const aunt = await api.signIn({ role: 'PARENT', laCode: w.home, parentId: w.amysAunt });
      expect((await aunt.query(`{ myChildren { totalCount nodes { forename } } }`)).body.data).toEqual({ myChildren: { totalCount: 0, nodes: [] } });
    });

    it.each<[CallerName, string]>([
      ['nobody', 'UNAUTHENTICATED'],
      ['staffA', 'FORBIDDEN'],
      ['officer', 'FORBIDDEN'],
      ['virtualSchool', 'FORBIDDEN'],
      ['laKey', 'FORBIDDEN'],
    ])('refuses %s (%s)', async (caller, code) => {
      expect(errorCode(await as[caller].query(`{ myChildren { totalCount } }`))).toBe(code);
    });

    it.each(['characteristics { totalCount }', 'socialWorker { name }', 'parents { totalCount }', 'upn', 'addressLine1'])(
      'has no %s for a parent to ask for',
      async (field) => {
        const response = await as.parent.query(`{ myChildren { nodes { ${field} } } }`);
        expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      },
    );
  });

  describe('no N+1: a list of 100 costs the same SQL statements as a list of 1', () => {
    const N_LA = '926';
    const N_URN = 926000 + 100;
    let officer: Caller;

    beforeAll(async () => {
      const ds = api.dataSource;
      await asSystem(ds, `INSERT INTO local_authority (la_code, name) VALUES ($1, 'Load Test LA')`, [N_LA]);
      await asSystem(
        ds,
        `INSERT INTO school (urn, la_code, laestab, name, type, phase)
         SELECT 926000 + g, $1, 9260000 + g, 'School ' || lpad(g::text, 3, '0'), 'COMMUNITY', 'PRIMARY' FROM generate_series(100, 199) g`,
        [N_LA],
      );
      await asSystem(
        ds,
        `INSERT INTO school_half_term (urn, academic_year, name, starts_on, ends_on)
         SELECT 926000 + g, 2025, 'AUTUMN_1', '2025-09-03', '2025-10-24' FROM generate_series(100, 199) g`,
      );
      await asSystem(
        ds,
        `INSERT INTO pupil (la_code, upn, forename, surname, date_of_birth, sex, home_la_code)
         SELECT $1, 'X926' || lpad(g::text, 9, '0'), 'Pupil', 'Number ' || lpad(g::text, 3, '0'), '2015-01-01', 'M', $1 FROM generate_series(1, 100) g`,
        [N_LA],
      );
      await asSystem(ds, `INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on) SELECT la_code, id, $2, '2024-09-02' FROM pupil WHERE la_code = $1`, [N_LA, N_URN]);
      await asSystem(ds, `INSERT INTO pupil_characteristic (la_code, pupil_id, characteristic, starts_on) SELECT la_code, id, 'FSM', '2024-09-01' FROM pupil WHERE la_code = $1`, [N_LA]);
      await asSystem(ds, `INSERT INTO parent (la_code, forename, surname) SELECT $1, 'Parent', 'Of ' || id FROM pupil WHERE la_code = $1`, [N_LA]);
      await asSystem(
        ds,
        `INSERT INTO pupil_parent (la_code, pupil_id, parent_id, relationship, parental_responsibility, lives_with)
         SELECT p.la_code, p.id, pa.id, 'MOTHER', true, true FROM pupil p JOIN parent pa ON pa.la_code = p.la_code AND pa.surname = 'Of ' || p.id WHERE p.la_code = $1`,
        [N_LA],
      );
      officer = await api.signIn({ role: 'LA_OFFICER', laCode: N_LA });
    });

    const statementsFor = async (query: string, first: number, field: string): Promise<number> => {
      let response: GraphQLResponse | undefined;
      const statements = await countStatements(async () => {
        response = await officer.query(query, { first });
      });
      expect(response?.body.errors).toBeUndefined();
      const nodes = ((response?.body.data as Record<string, { nodes: unknown[] }>)[field]).nodes;
      expect(nodes).toHaveLength(first);
      return statements;
    };

    it('pupils with characteristics, social worker, enrolments (and their schools) and parents', async () => {
      const query = `query ($first: Int) { pupils(first: $first, filter: { urn: ${N_URN} }) { nodes {
        id upn characteristics { nodes { characteristic } } socialWorker { name }
        enrolments { nodes { admittedOn school { name } } } parents { nodes { forename phone } } } } }`;
      const counts = [await statementsFor(query, 1, 'pupils'), await statementsFor(query, 10, 'pupils'), await statementsFor(query, 100, 'pupils')];
      // Signing the caller in, one transaction per relation, the page itself and the audit trail: about 40 in all.
      expect(counts[0]).toBeLessThan(45);
      expect(counts[1]).toBe(counts[0]);
      expect(counts[2]).toBe(counts[0]);
    });

    it('schools with their calendars', async () => {
      const query = `query ($first: Int) { schools(first: $first) { nodes { urn name calendar(academicYear: 2025) { halfTerms { name } closures { kind } } } } }`;
      const counts = [await statementsFor(query, 1, 'schools'), await statementsFor(query, 10, 'schools'), await statementsFor(query, 100, 'schools')];
      expect(counts[0]).toBeLessThan(25);
      expect(counts[1]).toBe(counts[0]);
      expect(counts[2]).toBe(counts[0]);
    });
  });
});
