const { base } = require('../../tests/support/jest-preset.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  testTimeout: 120000,
};
