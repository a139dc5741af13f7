// Shared Jest settings: @swc/jest transforms TypeScript (type-checking is tsc's job)
// and the ESM-only packages that Jest 30 cannot require() on Node < 24.9.
const path = require('node:path');

const esmPackages = [
  '@nestjs',
  'file-type',
  'content-disposition',
  'cookie',
  'mercurius',
  'quick-lru',
  'uuid',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
];

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true, decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const root = path.resolve(__dirname, '../..');

module.exports = {
  root,
  base: {
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', swcOptions] },
    transformIgnorePatterns: [`/node_modules/(?!.*/node_modules/)(?!(${esmPackages.join('|')})/)`],
    moduleNameMapper: {
      '^@chienowa/domain$': path.join(root, 'libs/domain/src/index.ts'),
    },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  },
};
