import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countServerFaults, startChildServer } from './child-server';

const dir = mkdtempSync(join(tmpdir(), 'bench-child-'));
const script = (name: string, source: string): string => {
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a server in a process of its own', () => {
  it('starts, gives the address it printed and what it printed, and stops on SIGTERM', async () => {
    const server = await startChildServer({
      label: 'test server',
      script: script('listening.js', `console.log('Listening at http://127.0.0.1:' + process.env.TEST_PORT + '/ now'); setInterval(() => {}, 1000);`),
      env: { ...process.env, TEST_PORT: '4321' },
      cwd: dir,
      ready: /Listening at (http:\/\/\S+?)\/\s/,
    });
    expect(server.base).toBe('http://127.0.0.1:4321');
    expect(server.output()).toContain('Listening at');
    await server.stop();
    await server.stop();
  });

  it('says what the server printed when it exits before it is ready', async () => {
    await expect(
      startChildServer({ label: 'broken server', script: script('broken.js', `console.error('no database'); process.exit(3);`), env: process.env, cwd: dir, ready: /never/ }),
    ).rejects.toThrow(/broken server exited \(3\) before it was ready:\nno database/);
  });

  it('counts the faults the API server logged with a request id', () => {
    const log = 'Rollcall is running\n[0b6e1c2a-1111-4222-8333-944455556666] Error: boom\n    at x\n[abcdefgh-1234] TypeError: y\nnot [a-fault]\n';
    expect(countServerFaults(log)).toBe(2);
  });
});
