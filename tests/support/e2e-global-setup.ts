import { SEEDED_DATA_DIR_ENV, startAppServer } from './app-server';

/**
 * Seeds the demo company once for the whole browser suite: starts the built app on an empty
 * data directory (it seeds the demo organization and its months of history), stops it cleanly
 * (the database is closed and checkpointed), and leaves the directory for every test file's
 * server to start from a copy of.
 */
export default async function globalSetup(): Promise<void> {
  delete process.env[SEEDED_DATA_DIR_ENV];
  const server = await startAppServer({ keepDataDir: true });
  await server.stop();
  process.env[SEEDED_DATA_DIR_ENV] = server.dataDir;
}
