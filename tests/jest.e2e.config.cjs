const path = require('node:path');
const { base } = require('./support/jest-preset.cjs');

/** Browser suite: real Chromium against the built API + web app (`npx nx run-many -t build` first). */
module.exports = {
  ...base,
  displayName: 'e2e',
  rootDir: path.resolve(__dirname, '..'),
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.spec.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
  // Seed the demo company once; each test file's server starts from a copy.
  globalSetup: '<rootDir>/tests/support/e2e-global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/e2e-global-teardown.ts',
};
