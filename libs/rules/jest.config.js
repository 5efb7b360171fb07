module.exports = {
  displayName: 'rules',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/**/index.ts', '!src/testing/**'],
  coverageDirectory: '../../coverage/libs/rules',
  coverageThreshold: { global: { lines: 95 } },
};
