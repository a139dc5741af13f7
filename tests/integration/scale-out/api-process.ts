import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exited, freePort } from '../../support/app-server';

const ROOT = resolve(__dirname, '../../..');
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const STARTUP_TIMEOUT_MS = 60_000;

export type ApiProcess = { url: string; output: () => string; stop: () => Promise<void> };

/**
 * One real API process (the built apps/api/dist/main.js) on a free port with the given
 * environment; resolves once GET /health answers 200. Build first: tests/run.mjs does, or
 * `npx nx run-many -t build -p domain api`.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} does not exist: build first (npx nx run-many -t build -p domain api)`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
  const output = () => lines.join('');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The API process exited early (${child.exitCode ?? child.signalCode}):\n${output()}`,
      );
    }
    try {
      if ((await fetch(`${url}/health`)).status === 200) return { url, output, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The API process did not answer GET /health within 60 s:\n${output()}`);
}
