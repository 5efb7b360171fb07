import './global-setup';

// Jest requires a default export for global teardown files.
export default async function globalTeardown(): Promise<void> {
  await globalThis.__rollcallTestCluster?.stop();
  globalThis.__rollcallTestCluster = undefined;
}
