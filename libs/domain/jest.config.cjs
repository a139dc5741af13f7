const { base } = require('../../tests/support/jest-preset.cjs');

module.exports = {
  ...base,
  displayName: 'domain',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
};
