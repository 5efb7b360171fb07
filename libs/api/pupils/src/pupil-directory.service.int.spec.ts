import { Page, Scope } from '@rollcall/api-core';
import { seedCharacteristic, seedEnrolment, seedLocalAuthority, seedPupil, seedSchool, useTestDataSource } from '@rollcall/db/testing';
import fc from 'fast-check';
import { PupilDirectoryService } from './pupil-directory.service';
import { PupilRecord } from './pupil-record';

const LA = '343';
const URN = 100001;
const actor = { kind: 'USER' as const, id: 'u1', label: 'officer@la.example' };
const officer: Scope = { actor, role: 'LA_OFFICER', laCode: LA };
const staff: Scope = { actor, role: 'SCHOOL_STAFF', laCode: LA, urns: [URN] };

const db = useTestDataSource();
let directory: PupilDirectoryService;
const TODAY = '2025-03-03';

beforeAll(async () => {
  directory = new PupilDirectoryService(db.dataSource, () => TODAY);
  await seedLocalAuthority(db.dataSource, LA);
  await seedSchool(db.dataSource, { urn: URN, laCode: LA });
  await seedSchool(db.dataSource, { urn: 100002, laCode: LA });
  // Names that tie, so the order falls through to forename and then id.
  const names: [string, string][] = [
    ['Smith', 'Amy'], ['Smith', 'Amy'], ['Smith', 'Amy'], ['Smith', 'Zoe'], ['Ahmed', 'Bilal'], ['Ahmed', 'Bilal'], ['O’Brien', 'Aoife'],
    ['Nowak', 'Zofia'], ['Jones', 'Sam'], ['Jones', 'Sam'], ['Zhang', 'Wei'], ['Evans', 'Cerys'], ['Evans', 'Cerys'], ['Evans', 'Dylan'],
  ];
  for (const [i, [surname, forename]] of names.entries()) {
    const id = await seedPupil(db.dataSource, { laCode: LA, forename, surname });
    await seedEnrolment(db.dataSource, { laCode: LA, pupilId: id, urn: i % 2 === 0 ? URN : 100002, admittedOn: '2024-09-02' });
    if (i % 3 === 0) await seedCharacteristic(db.dataSource, { laCode: LA, pupilId: id, characteristic: 'FSM', startsOn: '2024-09-01', endsOn: i === 0 ? '2025-01-31' : undefined });
  }
});

async function everyPage(scope: Scope, first: number, filter = {}): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | undefined;
  for (;;) {
    const page: Page<PupilRecord> = await directory.list(scope, filter, { first, after });
    ids.push(...page.items.map((i) => i.node.id));
    totals.push(page.totalCount);
    if (!page.hasNextPage) return { ids, totals };
    after = page.items.at(-1)?.cursor;
  }
}

describe('PupilDirectoryService.list', () => {
  it('pages through every pupil once, in the same order, whatever the page size', async () => {
    const whole = await directory.list(officer, {}, { first: 100 });
    const reference = whole.items.map((i) => i.node.id);
    expect(new Set(reference).size).toBe(14);
    const byName = whole.items.map((i) => `${i.node.surname} ${i.node.forename}`);
    expect(byName.slice(0, 3)).toEqual(['Ahmed Bilal', 'Ahmed Bilal', 'Evans Cerys']);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 15 }), async (first) => {
        const { ids, totals } = await everyPage(officer, first);
        expect(ids).toEqual(reference);
        expect(new Set(totals)).toEqual(new Set([14]));
      }),
      { numRuns: 15 },
    );
  });

  it('pages a filtered list the same way, and counts only what the filter keeps', async () => {
    const fsm = await everyPage(staff, 2, { characteristic: 'FSM' });
    // Pupils 3, 6, 9 and 12 have FSM today and are at school 100001 only when even (6 and 12); pupil 0's ended.
    expect(fsm.ids).toHaveLength(2);
    expect(new Set(fsm.totals)).toEqual(new Set([2]));
    const onRoll = await everyPage(staff, 3, { onRollOn: TODAY });
    expect(onRoll.ids).toHaveLength(7);
  });
});
