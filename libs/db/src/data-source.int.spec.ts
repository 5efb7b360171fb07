import { PLANNER_SETTINGS } from './data-source';
import { LocalAuthorityEntity } from './entities';
import { useTestDataSource } from './testing';

describe('database schema', () => {
  const db = useTestDataSource();

  it('has every migration applied and nothing pending', async () => {
    expect(await db.ownerDataSource.showMigrations()).toBe(false);
  });

  it('stores and reads back a local authority', async () => {
    const repo = db.dataSource.getRepository(LocalAuthorityEntity);
    await repo.insert({ laCode: '343', name: 'Sefton' });
    expect(await repo.findOneByOrFail({ laCode: '343' })).toMatchObject({ laCode: '343', name: 'Sefton' });
  });

  it('starts every connection, the app role’s and the owner’s, with the planner settings', async () => {
    for (const source of [db.dataSource, db.ownerDataSource]) {
      const [setting] = (await source.query(`SELECT current_setting('random_page_cost') AS cost`)) as { cost: string }[];
      expect(setting.cost).toBe(PLANNER_SETTINGS['random_page_cost']);
    }
  });

  it('refuses an LA code that is not three digits', async () => {
    const repo = db.dataSource.getRepository(LocalAuthorityEntity);
    await expect(repo.insert({ laCode: '34A', name: 'Nowhere' })).rejects.toThrow(/check constraint/);
  });
});
