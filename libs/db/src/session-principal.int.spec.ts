import { seedLocalAuthority, useTestDataSource, withScope } from './testing';

describe('rollcall_session_principal', () => {
  const db = useTestDataSource();
  const owner = (sql: string, params: unknown[] = []) => db.ownerDataSource.query(sql, params) as Promise<{ id: string }[]>;
  const principal = (hash: string) =>
    db.dataSource.query(`SELECT user_id, email, role, la_code, urn, parent_id FROM rollcall_session_principal($1)`, [hash]) as Promise<
      { user_id: string; email: string; role: string; la_code: string; urn: number | null }[]
    >;
  let userId: string;

  beforeAll(async () => {
    await seedLocalAuthority(db.ownerDataSource, '881');
    await seedLocalAuthority(db.ownerDataSource, '882');
    [{ id: userId }] = await owner(`INSERT INTO app_user (email, display_name) VALUES ('officer@la.example', 'Officer') RETURNING id::text AS id`);
    await owner(`INSERT INTO role_grant (user_id, role, la_code) VALUES ($1, 'LA_OFFICER', '881'), ($1, 'LA_ADMIN', '882'), ($1, 'LA_OFFICER', '882')`, [userId]);
    await owner(
      `INSERT INTO user_session (token_hash, user_id, role, expires_at, ended_at) VALUES
         ('live', $1, 'LA_OFFICER', now() + interval '1 hour', NULL),
         ('ended', $1, 'LA_OFFICER', now() + interval '1 hour', now()),
         ('expired', $1, 'LA_OFFICER', now() - interval '1 second', NULL)`,
      [userId],
    );
  });

  it('gives a live session’s user and the grants of its role, to the application without a scope', async () => {
    expect(await principal('live')).toEqual([
      { user_id: userId, email: 'officer@la.example', role: 'LA_OFFICER', la_code: '881', urn: null, parent_id: null },
      { user_id: userId, email: 'officer@la.example', role: 'LA_OFFICER', la_code: '882', urn: null, parent_id: null },
    ]);
  });

  it('gives nothing for an ended, expired or unknown session, or a disabled user', async () => {
    expect(await principal('ended')).toEqual([]);
    expect(await principal('expired')).toEqual([]);
    expect(await principal('no-such-token')).toEqual([]);
    await owner(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [userId]);
    try {
      expect(await principal('live')).toEqual([]);
    } finally {
      await owner(`UPDATE app_user SET disabled_at = NULL WHERE id = $1`, [userId]);
    }
  });

  it('leaves the grants themselves under row-level security for the application', async () => {
    const unscoped = await withScope(db.dataSource, undefined, (tx) => tx.query(`SELECT count(*)::int AS n FROM role_grant`));
    expect(unscoped).toEqual([{ n: 0 }]);
    const otherLa = await withScope(db.dataSource, { role: 'LA_ADMIN', laCode: '882' }, (tx) => tx.query(`SELECT la_code FROM role_grant ORDER BY id`));
    expect(otherLa).toEqual([{ la_code: '882' }, { la_code: '882' }]);
  });
});
