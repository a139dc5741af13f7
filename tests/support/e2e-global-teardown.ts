import { rmSync } from 'node:fs';
import { SEEDED_DATA_DIR_ENV } from './app-server';

/** Removes the seeded template data directory of the browser suite. */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env[SEEDED_DATA_DIR_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
