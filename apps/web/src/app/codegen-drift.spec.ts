/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCodegenConfig } from '../../codegen';

const webDir = resolve(__dirname, '../..');
const committedDir = join(webDir, 'src/generated');
const codegenBin = require
  .resolve('@graphql-codegen/cli/package.json')
  .replace(/package\.json$/, 'esm/bin.js');

function readDir(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

describe('GraphQL codegen output', () => {
  let outDir: string;

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'chienowa-codegen-'));
  });

  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  it('is committed and matches what codegen produces from the current schema and documents', () => {
    // Same config as codegen.ts, written to a temporary directory; run in a child process because
    // the CLI loads its presets with ESM dynamic imports.
    const configPath = join(outDir, 'codegen.json');
    writeFileSync(configPath, JSON.stringify(createCodegenConfig(`${join(outDir, 'generated')}/`)));
    const run = spawnSync(process.execPath, [codegenBin, '--config', configPath, '--silent'], {
      cwd: webDir,
      encoding: 'utf8',
      timeout: 90_000,
    });
    if (run.status !== 0) {
      throw new Error(`graphql-codegen failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    const expected = readDir(join(outDir, 'generated'));
    const committed = readDir(committedDir);
    expect([...committed.keys()]).toEqual([...expected.keys()]);
    for (const [name, content] of expected) {
      // On failure run `npm run codegen -w apps/web` and commit src/generated.
      expect({ file: name, content: committed.get(name) }).toEqual({ file: name, content });
    }
  });
});
