module.exports = {
  displayName: 'ui',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
  collectCoverageFrom: ['src/**/*.ts?(x)', '!src/**/*.spec.ts?(x)', '!src/**/index.ts', '!src/**/*.d.ts'],
  coverageDirectory: '../../coverage/libs/ui',
};
