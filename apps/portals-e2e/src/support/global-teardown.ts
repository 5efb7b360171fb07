import './global-setup';

// Jest requires a default export for global teardown files.
export default async function globalTeardown(): Promise<void> {
  await globalThis.__rollcallE2e?.stop();
  globalThis.__rollcallE2e = undefined;
}
