import { useTestDataSource } from '@rollcall/db/testing';
import { systemActor } from './actor';
import { inTransaction } from './in-transaction';

describe('inTransaction', () => {
  const db = useTestDataSource();
  const scope = { actor: systemActor('test'), role: 'LA_OFFICER' as const, laCode: '343', urns: [100001, 100002] };

  it('sets the request scope inside the transaction only', async () => {
    const inside = await inTransaction(db.dataSource, scope, (tx) =>
      tx.query(`SELECT current_setting('rollcall.la_code') AS la, current_setting('rollcall.urns') AS urns`),
    );
    expect(inside).toEqual([{ la: '343', urns: '100001,100002' }]);
    const after = await db.dataSource.query(`SELECT current_setting('rollcall.la_code', true) AS la`);
    expect(after[0].la ?? '').toBe('');
  });

  it('writes nothing when the work fails part-way', async () => {
    await expect(
      inTransaction(db.dataSource, scope, async (tx) => {
        await tx.query(`INSERT INTO local_authority (la_code, name) VALUES ('343', 'Sefton')`);
        throw new Error('fault after the first write');
      }),
    ).rejects.toThrow('fault after the first write');
    expect(await db.dataSource.query(`SELECT * FROM local_authority`)).toEqual([]);
  });
});
