import { todayInEngland } from '@rollcall/api-pupils';
import { addDays } from '@rollcall/rules';
import { countStatements, useApi } from '../testing/api-harness';
import type { Caller, GraphQLResponse } from '../testing/api-harness';
import { CallerName, Callers, RecordsWorld, asSystem, dataOf, errorCode, errorMessage, outcomeOf, rowCount, seedRecordsWorld, signInEveryone } from './records.fixture';

const AUDIT = `query ($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id laCode occurredAt actor action entity entityId pupilId requestId scope { role laCode urns parentIds } }
  }
}`;

interface AuditNode {
  id: string;
  laCode: string;
  occurredAt: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  pupilId: string | null;
  requestId: string | null;
  scope: { role: string; laCode: string | null; urns: number[]; parentIds: string[] };
}
type AuditData = { auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: AuditNode[] } };

describe('the audit trail over HTTP', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  let w: RecordsWorld;
  let as: Callers;
  const actorOf = async (caller: Caller): Promise<string> => ((await caller.query<{ viewer: { email: string } }>(`{ viewer { email } }`)).body.data?.viewer.email ?? '');
  const reads = (where: string, params: unknown[]) =>
    asSystem<{ la_code: string; actor: string; entity: string; entity_id: string; pupil_id: string; request_id: string; scope: unknown }>(
      api.dataSource,
      `SELECT la_code, actor, entity, entity_id, pupil_id::text AS pupil_id, request_id, scope FROM audit_event WHERE action = 'READ' AND ${where} ORDER BY pupil_id`,
      params,
    );

  beforeAll(async () => {
    w = await seedRecordsWorld(api.dataSource);
    as = await signInEveryone(api, w);
  });

  describe('every read of a child’s record is recorded: who, what, when and with what scope', () => {
    it('records each pupil a member of staff listed, with their scope and the request id', async () => {
      const response = await as.staffA.query(`{ pupils { nodes { forename } } }`);
      const requestId = response.headers.get('x-request-id');
      const rows = await reads('request_id = $1', [requestId]);
      expect(rows).toEqual(
        [w.amy, w.ben, w.cal].map((id) => ({
          la_code: '928',
          actor: expect.stringMatching(/^school_staff\..*@example\.org$/),
          entity: 'Pupil',
          entity_id: id,
          pupil_id: id,
          request_id: requestId,
          scope: { role: 'SCHOOL_STAFF', laCode: '928', urns: [w.schoolA], parentIds: [] },
        })),
      );
    });

    it('records nothing when no record was read (a count alone)', async () => {
      const response = await as.officer.query(`{ pupils { totalCount } }`);
      expect(await rowCount(api.dataSource, 'audit_event', 'request_id = $1', [response.headers.get('x-request-id')])).toBe(0);
    });

    it.each<[string, CallerName, string, keyof RecordsWorld, string, string]>([
      ['a parent reading their child', 'parent', `{ myChildren { nodes { forename } } }`, 'amy', '928', 'ChildOfParent'],
      ['an officer reading a resident schooled in another LA (in that LA’s trail)', 'officer', `{ pupil(id: "$id") { forename } }`, 'dee', '343', 'Pupil'],
      ['the Virtual School reading a child it looks after', 'virtualSchool', `{ pupil(id: "$id") { forename } }`, 'fay', '343', 'Pupil'],
      ['a third party’s key', 'laKey', `{ pupilByUpn(upn: "$upn") { forename } }`, 'cal', '928', 'Pupil'],
    ])('records %s', async (_, caller, query, child, laCode, entity) => {
      const [{ upn }] = await asSystem<{ upn: string }>(api.dataSource, `SELECT upn FROM pupil WHERE id = $1`, [w[child]]);
      const response = await as[caller].query(query.replace('$id', String(w[child])).replace('$upn', upn));
      expect(response.body.errors).toBeUndefined();
      const rows = await reads('request_id = $1', [response.headers.get('x-request-id')]);
      expect(rows).toEqual([expect.objectContaining({ la_code: laCode, entity, pupil_id: w[child] })]);
      if (caller === 'laKey') expect(rows[0].actor).toMatch(/^api-key:[0-9a-f]{12} \(Test key pupils:read\)$/);
    });
  });

  describe('auditEvents: the LA’s administrators read their LA’s trail, newest first', () => {
    let staffEmail: string;

    beforeAll(async () => {
      staffEmail = await actorOf(as.staffB);
      await as.staffB.query(`query ($id: ID!) { pupil(id: $id) { forename } }`, { id: w.ben });
      await as.officer.query(`query ($id: ID!) { pupil(id: $id) { forename } }`, { id: w.dee });
    });

    it.each<[CallerName, string]>([
      ['nobody', 'UNAUTHENTICATED'],
      ['staffA', 'FORBIDDEN'],
      ['officer', 'FORBIDDEN'],
      ['virtualSchool', 'FORBIDDEN'],
      ['parent', 'FORBIDDEN'],
      ['laKey', 'FORBIDDEN'],
      ['schoolKeyA', 'FORBIDDEN'],
    ])('refuses %s (%s)', async (caller, code) => {
      expect(errorCode(await as[caller].query(AUDIT))).toBe(code);
    });

    it.each<[CallerName, string]>([
      ['admin', '928'],
      ['neighbourAdmin', '343'],
    ])('gives %s only LA %s’s rows', async (caller, laCode) => {
      const response = await as[caller].query<AuditData>(AUDIT, { first: 100 });
      const nodes = response.body.data?.auditEvents.nodes ?? [];
      expect(nodes.length).toBeGreaterThan(0);
      expect(new Set(nodes.map((n) => n.laCode))).toEqual(new Set([laCode]));
    });

    it('shows the LA holding a record who from another LA read it', async () => {
      const officer = await actorOf(as.officer);
      const theirs = await as.neighbourAdmin.query<AuditData>(AUDIT, { filter: { pupilId: w.dee, actor: officer } });
      const nodes = theirs.body.data?.auditEvents.nodes ?? [];
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        expect(node).toMatchObject({ laCode: '343', actor: officer, action: 'READ', entity: 'Pupil', pupilId: w.dee, scope: { role: 'LA_OFFICER', laCode: '928', urns: [], parentIds: [] } });
      }
      const ours = await as.admin.query<AuditData>(AUDIT, { filter: { pupilId: w.dee } });
      expect(ours.body.data?.auditEvents.totalCount).toBe(0);
    });

    it.each<[string, () => Record<string, unknown>, (n: AuditNode) => boolean]>([
      ['by pupil', () => ({ pupilId: w.ben }), (n) => n.pupilId === w.ben],
      ['by actor, from the start of their email in any case', () => ({ actor: staffEmail.split('@')[0].toUpperCase() }), (n) => n.actor === staffEmail],
      ['from today', () => ({ from: todayInEngland() }), () => true],
    ])('filters %s', async (_, filter, matches) => {
      const response = await as.admin.query<AuditData>(AUDIT, { filter: filter(), first: 100 });
      const nodes = response.body.data?.auditEvents.nodes ?? [];
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every(matches)).toBe(true);
    });

    it('finds nothing before today, and everything up to today', async () => {
      const yesterday = addDays(todayInEngland(), -1);
      const before = await as.admin.query<AuditData>(AUDIT, { filter: { from: '2020-01-01', to: yesterday } });
      expect(before.body.data?.auditEvents.totalCount).toBe(0);
      const all = await as.admin.query<AuditData>(AUDIT, {});
      const upToToday = await as.admin.query<AuditData>(AUDIT, { filter: { to: todayInEngland() } });
      expect(upToToday.body.data?.auditEvents.totalCount).toBe(all.body.data?.auditEvents.totalCount);
    });

    it('lists newest first and pages with cursors', async () => {
      const all = dataOf(await as.admin.query<AuditData>(AUDIT, { first: 100 })).auditEvents;
      const times = all.nodes.map((n) => n.occurredAt);
      expect([...times].sort().reverse()).toEqual(times);
      const first = dataOf(await as.admin.query<AuditData>(AUDIT, { first: 2 })).auditEvents;
      const second = dataOf(await as.admin.query<AuditData>(AUDIT, { first: 2, after: first.pageInfo.endCursor })).auditEvents;
      expect([...first.nodes, ...second.nodes].map((n) => n.id)).toEqual(all.nodes.slice(0, 4).map((n) => n.id));
      expect(first.pageInfo.hasNextPage).toBe(true);
    });

    it.each<[string, Record<string, unknown>, string, string]>([
      ['an end before the start', { filter: { from: '2025-03-01', to: '2025-02-01' } }, 'INVALID_FILTER', 'must be on or after the first (2025-03-01)'],
      ['a pupil id that cannot be one', { filter: { pupilId: 'amy' } }, 'INVALID_FILTER', 'use the id a Pupil gave'],
      ['a blank actor', { filter: { actor: ' ' } }, 'INVALID_FILTER', 'an email address, or an API key'],
      ['more than 100 at a time', { first: 101 }, 'INVALID_PAGE_SIZE', 'between 1 and 100'],
      ['a cursor it did not give out', { after: 'WyJ5ZXN0ZXJkYXkiLCIxIl0' }, 'INVALID_CURSOR', 'pageInfo.endCursor'],
    ])('refuses %s, saying what to send', async (_, variables, code, words) => {
      const response = await as.admin.query(AUDIT, variables);
      expect(errorCode(response)).toBe(code);
      expect(errorMessage(response)).toContain(words);
    });

    it('costs the same SQL statements for 1, 10 or 100 events', async () => {
      await asSystem(
        api.dataSource,
        `INSERT INTO audit_event (la_code, actor, action, entity, entity_id, pupil_id) SELECT '928', 'load@example.org', 'READ', 'Pupil', $1, $2::bigint FROM generate_series(1, 100)`,
        [w.amy, w.amy],
      );
      const counts: number[] = [];
      for (const first of [1, 10, 100]) {
        let response: GraphQLResponse | undefined;
        counts.push(await countStatements(async () => (response = await as.admin.query(AUDIT, { first }))));
        expect(outcomeOf(response as GraphQLResponse, 'auditEvents', (c: { nodes: unknown[] }) => c.nodes.length)).toBe(first);
      }
      expect(new Set(counts).size).toBe(1);
    });
  });
});
