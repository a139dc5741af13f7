const fs = require('node:fs');
const path = require('node:path');
const { base, root } = require('../../tests/support/jest-preset.cjs');

/**
 * The Markdown stack (react-markdown, remark, rehype, micromark …) is ESM-only: Jest must
 * transform it. The list is read from the installed packages (every ESM package these three
 * depend on), so an upgrade that adds a dependency needs no change here.
 */
function esmDependencies(rootPackages) {
  const seen = new Set();
  const esm = new Set();
  // [package name, directory it is required from], resolved like Node (nested copies first).
  const queue = rootPackages.map((name) => [name, root]);
  while (queue.length > 0) {
    const [name, fromDir] = queue.shift();
    let dir = fromDir;
    let manifestPath = null;
    for (;;) {
      const candidate = path.join(dir, 'node_modules', name, 'package.json');
      if (fs.existsSync(candidate)) {
        manifestPath = candidate;
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir || !parent.startsWith(root)) break;
      dir = parent;
    }
    if (!manifestPath || seen.has(manifestPath)) continue;
    seen.add(manifestPath);
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    if (manifest.type === 'module') esm.add(name);
    const packageDir = path.dirname(manifestPath);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      queue.push([dependency, packageDir]);
    }
  }
  return [...esm];
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const markdownEsm = esmDependencies(['react-markdown', 'remark-gfm', 'rehype-sanitize']);
const [baseIgnore] = base.transformIgnorePatterns;

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  transformIgnorePatterns: [
    // Same rule as the shared preset, with the Markdown packages added to its allow list.
    baseIgnore.replace('(?!(', `(?!(${markdownEsm.map(escape).join('|')}|`),
  ],
  testTimeout: 120000,
};
