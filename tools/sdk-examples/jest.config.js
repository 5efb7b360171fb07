module.exports = {
  displayName: 'sdk-examples',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/../../libs/db/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/db/src/testing/global-teardown.ts',
  testTimeout: 180000,
};
