#!/usr/bin/env node
// Runs the TypeScript benchmark tools without a build step: a require hook compiles .ts with
// SWC (the same options as the Jest preset) and maps @chienowa/domain to its sources, so the
// generator writes rows with exactly the domain and API code of this checkout.
// Usage: node tests/bench/run.cjs generate|bench [options]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const swc = require('@swc/core');

const root = path.resolve(__dirname, '../..');
const domainEntry = path.join(root, 'libs/domain/src/index.ts');
const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@chienowa/domain') return domainEntry;
  return resolveFilename.call(this, request, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = swc.transformSync(source, { ...options, filename });
  module._compile(code, filename);
};

const tools = { generate: './generate.ts', bench: './bench.ts' };
const tool = process.argv[2];
if (!tools[tool]) {
  process.stderr.write(`bench: unknown tool "${tool ?? ''}": use generate or bench\n`);
  process.exit(2);
}
process.argv.splice(2, 1);
process.env.CHIENOWA_BENCH_TOOL = tool;
// Validate the options first (cheap), then load the tool and the app code it uses.
const cli = require('./lib/cli-options.ts');
try {
  (tool === 'generate' ? cli.generateOptions : cli.benchOptions)(process.argv.slice(2));
} catch (error) {
  if (error && error.name === 'UsageError') {
    process.stderr.write(`${tool === 'generate' ? 'bench:generate' : 'bench'}: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
require('reflect-metadata');
require(tools[tool]);
