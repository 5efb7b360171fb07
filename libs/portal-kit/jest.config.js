module.exports = {
  displayName: 'portal-kit',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
  collectCoverageFrom: ['src/**/*.ts?(x)', '!src/**/*.spec.ts?(x)', '!src/**/index.ts'],
  coverageDirectory: '../../coverage/libs/portal-kit',
};
