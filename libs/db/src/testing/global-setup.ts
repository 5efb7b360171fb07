import './register-workspace-paths';
import { startTestCluster, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV, TestCluster } from './test-cluster';

declare global {
  var __rollcallTestCluster: TestCluster | undefined;
}

// Jest requires a default export for global setup files.
export default async function globalSetup(): Promise<void> {
  const cluster = await startTestCluster();
  globalThis.__rollcallTestCluster = cluster;
  process.env[TEST_SERVER_URL_ENV] = cluster.serverUrl;
  process.env[TEST_TEMPLATE_ENV] = cluster.template;
}
