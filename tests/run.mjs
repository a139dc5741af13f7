#!/usr/bin/env node
// Runs every test suite whose dependency is present and prints one line per skipped suite.
// With CI=true a skipped suite is a failure. Usage: npm test [-- <suite> ...]
// Suites: unit, integration:sqlite, integration:mysql, e2e.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ci = process.env.CI === 'true' || process.env.CI === '1';
const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wanted = (name) => requested.length === 0 || requested.includes(name);
const artifacts = path.join(root, 'tests', 'artifacts');
fs.mkdirSync(artifacts, { recursive: true });

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

async function findMysql() {
  const mysql = require('mysql2/promise');
  const explicit = process.env.TEST_DATABASE_URL;
  const url = explicit || 'mysql://root@127.0.0.1:3306/chienowa_test';
  const parsed = new URL(url);
  try {
    const conn = await mysql.createConnection({
      host: parsed.hostname,
      port: Number(parsed.port || 3306),
      user: decodeURIComponent(parsed.username || 'root'),
      password: decodeURIComponent(parsed.password),
      connectTimeout: 3000,
    });
    const [rows] = await conn.query('SELECT VERSION() AS v');
    await conn.end();
    return { url, version: rows[0].v };
  } catch (error) {
    return {
      error: explicit
        ? `TEST_DATABASE_URL is set but the server does not answer (${error.message})`
        : `no MySQL/MariaDB answers on 127.0.0.1:3306 and TEST_DATABASE_URL is not set (${error.message})`,
      explicit: Boolean(explicit),
    };
  }
}

// Redis for the two-process (scale-out) test of the MySQL suite.
async function findRedis() {
  const Redis = require('ioredis');
  const explicit = process.env.TEST_REDIS_URL;
  const url = explicit || 'redis://127.0.0.1:6379';
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let first = null;
  client.on('error', (e) => (first ??= e));
  try {
    await client.connect();
    await client.ping();
    return { url };
  } catch (caught) {
    const error = first ?? caught;
    return {
      error: explicit
        ? `TEST_REDIS_URL is set but Redis does not answer (${error.message})`
        : `no Redis answers on 127.0.0.1:6379 and TEST_REDIS_URL is not set (${error.message})`,
      explicit: Boolean(explicit),
    };
  } finally {
    client.disconnect();
  }
}

function findChromium() {
  const candidate = process.env.CHROME_PATH || '/usr/bin/chromium';
  try {
    fs.accessSync(candidate, fs.constants.X_OK);
    return { path: candidate };
  } catch {
    return { error: `no Chromium at ${candidate} (install Debian's chromium or set CHROME_PATH)` };
  }
}

const results = [];
const skipped = [];

function jest(name, configs, env = {}) {
  const out = path.join(artifacts, `jest-${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
  fs.rmSync(out, { force: true });
  const args = [
    require.resolve('jest/bin/jest'),
    ...(configs.length > 1 ? ['--projects', ...configs] : ['-c', configs[0]]),
    '--json',
    '--outputFile',
    out,
  ];
  console.log(`\n=== ${name} ===`);
  // @fastify/cookie loads the ESM-only `cookie` with import(); Jest needs vm modules for it.
  const nodeOptions = [
    process.env.NODE_OPTIONS,
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
  ]
    .filter(Boolean)
    .join(' ');
  const status = run(process.execPath, args, { NODE_OPTIONS: nodeOptions, ...env });
  let passed = 0;
  let failed = 0;
  let total = 0;
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    total = report.numTotalTests;
  }
  const ok = status === 0 && total > 0 && failed === 0;
  if (total === 0) console.log(`${name}: ran no tests`);
  results.push({ name, passed, failed: ok ? failed : Math.max(failed, 1), ok });
}

const build = () => {
  console.log('=== build (nx run-many -t build) ===');
  return run(process.execPath, [
    require.resolve('nx/bin/nx.js'),
    'run-many',
    '-t',
    'build',
    '--output-style=static',
  ]);
};

if (build() !== 0) {
  console.log('\nbuild failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (wanted('unit')) {
  jest('unit', [
    'libs/domain/jest.config.cjs',
    'apps/api/jest.config.cjs',
    'apps/web/jest.config.cjs',
  ]);
}
if (wanted('integration:sqlite')) {
  jest('integration:sqlite', ['tests/jest.integration.config.cjs'], { TEST_DB: 'sqlite' });
}
if (wanted('integration:mysql')) {
  const found = await findMysql();
  if (found.url) {
    console.log(
      `\nMySQL suite on ${found.url.replace(/:[^:@/]*@/, ':***@')} (server ${found.version})`,
    );
    // The two-process test (tests/integration/scale-out) also needs Redis.
    const redis = await findRedis();
    const redisEnv = redis.url ? { TEST_REDIS_URL: redis.url } : { TEST_REDIS: 'absent' };
    if (redis.url) {
      console.log(`Two-process test with Redis at ${redis.url.replace(/:[^:@/]*@/, ':***@')}`);
    } else if (redis.explicit) {
      console.log(`\nintegration:mysql (scale-out) FAILED: ${redis.error}`);
      results.push({ name: 'integration:mysql (scale-out)', passed: 0, failed: 1, ok: false });
    } else {
      skipped.push({ name: 'integration:mysql (scale-out, two API processes)', why: redis.error });
    }
    jest('integration:mysql', ['tests/jest.integration.config.cjs'], {
      TEST_DB: 'mysql',
      TEST_DATABASE_URL: found.url,
      ...redisEnv,
    });
  } else if (found.explicit) {
    console.log(`\nintegration:mysql FAILED: ${found.error}`);
    results.push({ name: 'integration:mysql', passed: 0, failed: 1, ok: false });
  } else {
    skipped.push({ name: 'integration:mysql', why: found.error });
  }
}
if (wanted('e2e')) {
  const chromium = findChromium();
  if (chromium.path) {
    jest('e2e', ['tests/jest.e2e.config.cjs'], { CHROME_PATH: chromium.path });
  } else {
    skipped.push({ name: 'e2e', why: chromium.error });
  }
}

console.log('\n=== summary ===');
for (const r of results) {
  console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
}
for (const s of skipped) console.log(`SKIPPED ${s.name}: ${s.why}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
let exitCode = results.every((r) => r.ok) ? 0 : 1;
if (ci && skipped.length) {
  console.log(`CI=true: ${skipped.length} suite(s) skipped, which counts as a failure`);
  exitCode = 1;
}
console.log(
  `${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`,
);
process.exit(exitCode);
