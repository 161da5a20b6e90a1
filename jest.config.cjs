// Three layers, one run: unit (node), component (jsdom), end-to-end (real Chromium).
// One reporter prints the plain `N passed, N failed` line that CI reads.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/dist-electron/'],
  moduleNameMapper: { '\\.css$': '<rootDir>/test/support/style-stub.cjs' },
};
module.exports = {
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/{shared,node,electron,cli,scenarios,lint,build}/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'component',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/renderer/**/*.test.{ts,tsx}'],
      setupFiles: ['jest-canvas-mock', '<rootDir>/test/support/jsdom-setup.ts'],
      setupFilesAfterEnv: ['@testing-library/jest-dom'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
    },
  ],
};
