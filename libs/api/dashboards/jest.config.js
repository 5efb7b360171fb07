module.exports = {
  displayName: 'api-dashboards',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/../../db/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../../db/src/testing/global-teardown.ts',
  testTimeout: 60000,
};
