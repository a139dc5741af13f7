import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const STARTUP_TIMEOUT_MS = 60_000;

export type AppServer = { url: string; dataDir: string; stop: () => Promise<void> };

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('No free port'))));
    });
  });
}

/** Resolves when the child process has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
}

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/** Set by the e2e global setup: a data directory already holding the seeded demo company. */
export const SEEDED_DATA_DIR_ENV = 'CHIENOWA_E2E_SEEDED_DATA_DIR';

/**
 * Starts the built API (which also serves apps/web/dist) on a free port with a fresh SQLite
 * database seeded with the demo organization. Build first: `npx nx run-many -t build`.
 * Seeding the demo history takes a while, so the e2e global setup seeds once and every server
 * starts from a copy of that database (each test file still gets its own).
 */
export async function startAppServer(options: { keepDataDir?: boolean } = {}): Promise<AppServer> {
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} does not exist: build first (npx nx run-many -t build)`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'chienowa-e2e-'));
  const seeded = process.env[SEEDED_DATA_DIR_ENV];
  if (seeded && existsSync(seeded)) cpSync(seeded, dataDir, { recursive: true });
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_SEED: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(timer);
    }
    if (!options.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `The app server exited early (${child.exitCode ?? child.signalCode}):\n${output.join('')}`,
      );
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.status === 200) return { url, dataDir, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stop();
  throw new Error(
    `The app server did not answer GET /health with 200 within 60 s:\n${output.join('')}`,
  );
}
