import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 4000, the embedded database and the .data folder', () => {
    const config = loadConfig({}, '/srv/rollcall');
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      dataDir: '/srv/rollcall/.data',
      portalsDir: '/srv/rollcall/dist/apps',
      production: false,
    });
  });

  it('uses the PostgreSQL server and port it is given', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u:p@db:5432/rollcall' }, '/srv');
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/rollcall');
  });

  it('says what to fix when PORT is not a port', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, '/srv')).toThrow('PORT must be a port number from 0 to 65535, not "eighty"');
  });

  it('refuses to run in production without an external database', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, '/srv')).toThrow('DATABASE_URL must be set when NODE_ENV=production');
  });
});
