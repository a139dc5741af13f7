import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../bootstrap';
import { loadConfig } from '../common/config/app-config';
import { printAppSchema } from '../common/graphql/schema-sdl';

/** Writes apps/api/schema.graphql from the app's code-first schema (on a throwaway SQLite). */
async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chienowa-schema-'));
  const config = loadConfig({
    DATA_DIR: tmp,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
  });
  const running = await createApp(config);
  try {
    const target = path.resolve(__dirname, '../../schema.graphql');
    fs.writeFileSync(target, printAppSchema(running.app));
    process.stdout.write(`Wrote ${path.relative(process.cwd(), target)}\n`);
  } finally {
    await running.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`schema:generate failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
