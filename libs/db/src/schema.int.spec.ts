import { ATTENDANCE_CODES, categoryOf } from '@rollcall/rules';
import { EntityManager, EntityMetadata, QueryRunner } from 'typeorm';
import {
  AttendanceCodeEntity,
  AttendanceMarkEntity,
  AttendanceMarkHistoryEntity,
  ENTITIES,
  EnrolmentEntity,
  LocalAuthorityEntity,
  PupilEntity,
  SchoolEntity,
} from './entities';
import { useTestDataSource } from './testing';

describe('the migrated schema and its entities', () => {
  const db = useTestDataSource();

  it('has one entity for every table the migration creates', async () => {
    const rows: { table: string }[] = await db.ownerDataSource.query(`
      SELECT c.relname AS table
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'migrations'`);
    const entityTables = db.ownerDataSource.entityMetadatas.map((m) => m.tableName);
    expect(new Set(entityTables).size).toBe(ENTITIES.length);
    expect([...entityTables].sort()).toEqual(rows.map((r) => r.table).sort());
  });

  it('leaves TypeORM nothing to change (columns, types, defaults, keys, indexes, uniques, checks, FKs)', async () => {
    const log = await db.ownerDataSource.driver.createSchemaBuilder().log();
    expect(log.upQueries.map((q) => q.query)).toEqual([]);
    expect(db.ownerDataSource.entityMetadatas.filter((m) => !m.synchronize)).toEqual([]);
  });

  it('declares every constraint and index as PostgreSQL holds it (TypeORM compares most by name)', async () => {
    // Rebuild each table's constraints and indexes from the entities on a columns-only copy, in a transaction
    // that is rolled back, and compare PostgreSQL's own rendering of both: expressions, columns and their order.
    const runner = db.ownerDataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`CREATE SCHEMA entity_copy`);
      for (const metadata of db.ownerDataSource.entityMetadatas) await copyFromEntity(runner, metadata);
      const copied = await describeConstraintsAndIndexes(runner, 'entity_copy');
      const migrated = await describeConstraintsAndIndexes(runner, 'public');
      expect(copied).toEqual(migrated.filter((line) => !line.startsWith('migrations ')));
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('tenancy', () => {
  const db = useTestDataSource();

  it('starts the primary key of every table holding pupil_id or enrolment_id with la_code', async () => {
    const rows: { table: string; primaryKey: string[] | null }[] = await db.ownerDataSource.query(`
      SELECT c.relname AS table,
             (SELECT array_agg(a.attname::text ORDER BY k.position)
              FROM pg_constraint p
              CROSS JOIN unnest(p.conkey) WITH ORDINALITY AS k(attnum, position)
              JOIN pg_attribute a ON a.attrelid = p.conrelid AND a.attnum = k.attnum
              WHERE p.conrelid = c.oid AND p.contype = 'p') AS "primaryKey"
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND EXISTS (SELECT 1 FROM pg_attribute a
                    WHERE a.attrelid = c.oid AND a.attname IN ('pupil_id', 'enrolment_id') AND NOT a.attisdropped)
      ORDER BY 1`);
    expect(rows.map((r) => r.table)).toEqual(
      expect.arrayContaining(['attendance_mark', 'enrolment', 'pupil_week_summary', 'intervention', 'audit_event']),
    );
    const offenders = rows.filter((r) => r.primaryKey?.[0] !== 'la_code');
    expect(offenders).toEqual([]);
  });

  it('partitions attendance_mark by date, with a partition for 2026/27 and a default one', async () => {
    const [{ key }]: { key: string }[] = await db.ownerDataSource.query(
      `SELECT pg_get_partkeydef('attendance_mark'::regclass) AS key`,
    );
    expect(key).toBe('RANGE (date)');
    const partitions: { name: string; bound: string }[] = await db.ownerDataSource.query(`
      SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
      FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'attendance_mark'::regclass`);
    expect(partitions).toEqual(
      expect.arrayContaining([
        { name: 'attendance_mark_2026', bound: `FOR VALUES FROM ('2026-08-01') TO ('2027-08-01')` },
        { name: 'attendance_mark_other', bound: 'DEFAULT' },
      ]),
    );
  });
});

describe('attendance marks', () => {
  const db = useTestDataSource();
  let enrolment: EnrolmentEntity;

  beforeAll(async () => {
    enrolment = (await enrolPupil(db.ownerDataSource.manager, '343', 104001)).enrolment;
  });

  function mark(date: string, code: string): AttendanceMarkEntity {
    return db.ownerDataSource.getRepository(AttendanceMarkEntity).create({
      laCode: enrolment.laCode,
      enrolmentId: enrolment.id,
      date,
      session: 'AM',
      code,
      minutesLate: null,
      source: 1,
      importId: null,
      recordedBy: 'Office: J Smith',
    });
  }

  async function historyOf(date: string): Promise<AttendanceMarkHistoryEntity[]> {
    return db.ownerDataSource
      .getRepository(AttendanceMarkHistoryEntity)
      .findBy({ laCode: enrolment.laCode, enrolmentId: enrolment.id, date, session: 'AM' });
  }

  it('files a mark in its academic year partition', async () => {
    await db.ownerDataSource.getRepository(AttendanceMarkEntity).insert(mark('2027-01-11', '/'));
    const [{ partition }]: { partition: string }[] = await db.ownerDataSource.query(
      `SELECT tableoid::regclass::text AS partition FROM attendance_mark WHERE date = '2027-01-11'`,
    );
    expect(partition).toBe('attendance_mark_2026');
  });

  it('keeps the original entry when a mark is amended', async () => {
    const repo = db.ownerDataSource.getRepository(AttendanceMarkEntity);
    await repo.insert(mark('2026-09-07', 'N'));
    const key = { laCode: enrolment.laCode, enrolmentId: enrolment.id, date: '2026-09-07', session: 'AM' as const };
    await repo.update(key, { code: 'I', recordedBy: 'Office: A Khan' });

    expect(await repo.findOneByOrFail(key)).toMatchObject({ code: 'I', recordedBy: 'Office: A Khan' });
    expect(await historyOf('2026-09-07')).toEqual([
      expect.objectContaining({ code: 'N', recordedBy: 'Office: J Smith', date: '2026-09-07', session: 'AM' }),
    ]);
  });

  it('keeps with each replaced entry the reason it had been amended for', async () => {
    const repo = db.ownerDataSource.getRepository(AttendanceMarkEntity);
    await repo.insert(mark('2026-09-10', 'N'));
    const key = { laCode: enrolment.laCode, enrolmentId: enrolment.id, date: '2026-09-10', session: 'AM' as const };
    await repo.update(key, { code: 'I', amendmentReason: 'Parent phoned: illness' });
    await repo.update(key, { code: 'M', amendmentReason: 'Dentist’s letter received' });

    expect(await repo.findOneByOrFail(key)).toMatchObject({ code: 'M', amendmentReason: 'Dentist’s letter received' });
    const history = (await historyOf('2026-09-10')).sort((a, b) => Number(a.id) - Number(b.id));
    expect(history.map((h) => [h.code, h.amendmentReason])).toEqual([
      ['N', null],
      ['I', 'Parent phoned: illness'],
    ]);
  });

  it('keeps the original entry when only the minutes late change', async () => {
    const repo = db.ownerDataSource.getRepository(AttendanceMarkEntity);
    await repo.insert({ ...mark('2026-09-08', 'L'), minutesLate: 5 });
    await repo.update({ laCode: enrolment.laCode, enrolmentId: enrolment.id, date: '2026-09-08', session: 'AM' }, {
      minutesLate: 12,
    });
    expect(await historyOf('2026-09-08')).toEqual([expect.objectContaining({ code: 'L', minutesLate: 5 })]);
  });

  it('writes no history when a mark is re-sent with the same code', async () => {
    const repo = db.ownerDataSource.getRepository(AttendanceMarkEntity);
    await repo.insert(mark('2026-09-09', '/'));
    await repo.update({ laCode: enrolment.laCode, enrolmentId: enrolment.id, date: '2026-09-09', session: 'AM' }, {
      code: '/',
      recordedBy: 'MIS import',
      source: 2,
    });
    expect(await historyOf('2026-09-09')).toEqual([]);
  });
});

describe('attendance codes', () => {
  const db = useTestDataSource();

  it('holds every 2024 code with the statistical category the rules give it, and no others', async () => {
    const rows = await db.ownerDataSource.getRepository(AttendanceCodeEntity).findBy({ codeSet: '2024' });
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
    expect(rows.map((r) => ({ code: r.code, category: r.category })).sort(byCode)).toEqual(
      ATTENDANCE_CODES.map((code) => ({ code, category: categoryOf(code) })).sort(byCode),
    );
  });
});

describe('round trip through the entities', () => {
  const db = useTestDataSource();

  it('stores LA, school, pupil, enrolment and mark; reads dates as YYYY-MM-DD and ids as strings', async () => {
    const { pupil, enrolment } = await enrolPupil(db.ownerDataSource.manager, '340', 104500);
    expect(pupil.id).toMatch(/^[0-9]+$/);
    expect(enrolment.id).toMatch(/^[0-9]+$/);

    await db.ownerDataSource.getRepository(AttendanceMarkEntity).insert({
      laCode: '340',
      enrolmentId: enrolment.id,
      date: '2026-09-03',
      session: 'PM',
      code: 'L',
      minutesLate: 7,
      source: 1,
      recordedBy: 'Office: J Smith',
    });

    const read = await db.ownerDataSource.getRepository(AttendanceMarkEntity).findOneOrFail({
      where: { laCode: '340', enrolmentId: enrolment.id, date: '2026-09-03', session: 'PM' },
      relations: { enrolment: { pupil: true, school: true } },
    });
    expect(read).toMatchObject({ date: '2026-09-03', session: 'PM', code: 'L', minutesLate: 7, importId: null });
    expect(read.recordedAt).toBeInstanceOf(Date);
    expect(read.enrolment).toMatchObject({ id: enrolment.id, admittedOn: '2026-09-01', leftOn: null, urn: 104500 });
    expect(read.enrolment?.pupil).toMatchObject({
      laCode: '340',
      id: pupil.id,
      dateOfBirth: '2015-03-31',
      homeLaCode: '340',
    });
    expect(read.enrolment?.school).toMatchObject({
      urn: 104500,
      registerOpens: '08:45:00',
      registerCloses: '09:15:00',
    });
  });

  it('reads date columns as YYYY-MM-DD text through raw SQL too, never as a Date at local midnight', async () => {
    const { pupil } = await enrolPupil(db.ownerDataSource.manager, '341', 104600);
    const [row]: { dateOfBirth: unknown; id: unknown }[] = await db.ownerDataSource.query(
      `SELECT date_of_birth AS "dateOfBirth", id FROM pupil WHERE la_code = $1 AND id = $2`,
      ['341', pupil.id],
    );
    expect(row.dateOfBirth).toBe('2015-03-31');
    expect(row.id).toBe(pupil.id);
  });
});

async function enrolPupil(
  manager: EntityManager,
  laCode: string,
  urn: number,
): Promise<{ pupil: PupilEntity; enrolment: EnrolmentEntity }> {
  await manager.getRepository(LocalAuthorityEntity).insert({ laCode, name: `Authority ${laCode}` });
  await manager.getRepository(SchoolEntity).insert({
    urn,
    laCode,
    laestab: Number(`${laCode}2001`),
    name: 'Seaview Primary School',
    type: 'COMMUNITY',
    phase: 'PRIMARY',
  });
  const pupil = await manager.getRepository(PupilEntity).save(
    manager.getRepository(PupilEntity).create({
      laCode,
      upn: `A${laCode}200126001`,
      forename: 'Amelia',
      surname: 'Jones',
      dateOfBirth: '2015-03-31',
      sex: 'F',
      homeLaCode: laCode,
      ncYear: 6,
    }),
  );
  const enrolment = await manager.getRepository(EnrolmentEntity).save(
    manager.getRepository(EnrolmentEntity).create({
      laCode,
      pupilId: pupil.id,
      urn,
      admittedOn: '2026-09-01',
    }),
  );
  return { pupil, enrolment };
}

async function copyFromEntity(runner: QueryRunner, metadata: EntityMetadata): Promise<void> {
  const table = metadata.tableName;
  const copy = `entity_copy.${table}`;
  const list = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
  await runner.query(`CREATE TABLE ${copy} (LIKE public.${table})`);
  const primaryKey = list(metadata.primaryColumns.map((c) => c.databaseName));
  await runner.query(`ALTER TABLE ${copy} ADD CONSTRAINT ${table}_pkey PRIMARY KEY (${primaryKey})`);
  for (const unique of metadata.uniques) {
    await runner.query(
      `ALTER TABLE ${copy} ADD CONSTRAINT ${unique.name} UNIQUE (${list(unique.columns.map((c) => c.databaseName))})`,
    );
  }
  for (const check of metadata.checks) {
    await runner.query(`ALTER TABLE ${copy} ADD CONSTRAINT ${check.name} CHECK (${check.expression})`);
  }
  for (const fk of metadata.foreignKeys) {
    await runner.query(
      `ALTER TABLE ${copy} ADD CONSTRAINT ${fk.name} FOREIGN KEY (${list(fk.columnNames)})
       REFERENCES public.${fk.referencedEntityMetadata.tableName} (${list(fk.referencedColumnNames)})
       ON DELETE ${fk.onDelete ?? 'NO ACTION'}`,
    );
  }
  for (const index of metadata.indices) {
    const columns = list(index.columns.map((c) => c.databaseName));
    await runner.query(
      `CREATE ${index.isUnique ? 'UNIQUE ' : ''}INDEX ${index.name} ON ${copy} (${columns})
       ${index.where ? `WHERE ${index.where}` : ''}`,
    );
  }
}

/** One line per constraint and per index not backing a constraint, as PostgreSQL renders them. */
async function describeConstraintsAndIndexes(runner: QueryRunner, schema: string): Promise<string[]> {
  const rows: { line: string }[] = await runner.query(
    `SELECT c.relname || ' ' || con.conname || ': ' || pg_get_constraintdef(con.oid) AS line
     FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND NOT c.relispartition
     UNION ALL
     SELECT c.relname || ' ' || i.relname || ': ' || replace(pg_get_indexdef(x.indexrelid), $1 || '.', '') AS line
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND NOT c.relispartition
       AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid)
     ORDER BY 1`,
    [schema],
  );
  return rows.map((r) => r.line);
}
