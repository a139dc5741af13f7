const path = require('node:path');
const { base } = require('./support/jest-preset.cjs');

const dialect = process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';

module.exports = {
  ...base,
  displayName: `integration:${dialect}`,
  rootDir: path.resolve(__dirname, '..'),
  testMatch: ['<rootDir>/tests/integration/**/*.int.spec.ts'],
  testTimeout: 60000,
  // Test files run in parallel workers, each on its own database.
  maxWorkers: 2,
};
