import { startRollcall, StartedRollcall } from './rollcall-server';

declare global {
  var __rollcallE2e: StartedRollcall | undefined;
}

// Jest requires a default export for global setup files.
export default async function globalSetup(): Promise<void> {
  const started = await startRollcall();
  globalThis.__rollcallE2e = started;
  process.env['ROLLCALL_E2E_BASE_URL'] = started.baseUrl;
}
