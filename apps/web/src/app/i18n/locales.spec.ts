/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import en from './locales/en.json';
import ja from './locales/ja.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else
      for (const [childPath, childValue] of leaves(value, path)) result.set(childPath, childValue);
  }
  return result;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) && !name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

const jaKeys = leaves(ja as Tree);
const enKeys = leaves(en as Tree);
const srcDir = resolve(__dirname, '../..');

describe('translations', () => {
  it('have exactly the same keys in Japanese and English', () => {
    const onlyJa = [...jaKeys.keys()].filter((key) => !enKeys.has(key));
    const onlyEn = [...enKeys.keys()].filter((key) => !jaKeys.has(key));
    expect({ onlyJa, onlyEn }).toEqual({ onlyJa: [], onlyEn: [] });
  });

  it('have no empty strings', () => {
    const empty = [...jaKeys, ...enKeys]
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: string) =>
      [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const mismatched = [...jaKeys].filter(([key, value]) => {
      const other = enKeys.get(key);
      return other !== undefined && variables(value).join() !== variables(other).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('contain every literal key the source code passes to t()', () => {
    const files = sourceFiles(srcDir);
    expect(files.length).toBeGreaterThan(10);
    const missing: string[] = [];
    let found = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*(['"])([\w.-]+)\1/g)) {
        found++;
        const key = match[2] ?? '';
        if (!jaKeys.has(key) || !enKeys.has(key)) missing.push(`${relative(srcDir, file)}: ${key}`);
      }
    }
    expect(found).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('use the Japanese navigation labels the product defines', () => {
    expect([
      ja.nav.home,
      ja.nav.knowledge,
      ja.nav.templates,
      ja.nav.stories,
      ja.nav.leaderboard,
      ja.nav.challenges,
    ]).toEqual(['ホーム', 'ナレッジ', 'テンプレート', '成功事例', 'ランキング', 'チャレンジ']);
    expect([ja.nav.hr, ja.nav.admin]).toEqual(['人事', '管理']);
  });
});
