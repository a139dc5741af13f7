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
};
