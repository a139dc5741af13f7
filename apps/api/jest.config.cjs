const { base } = require('../../tests/support/jest-preset.cjs');

module.exports = {
  ...base,
  displayName: 'api',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
};
