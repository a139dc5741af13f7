import 'reflect-metadata';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './common/config/app-config';
import { DEMO_MEMBERS_FOR_README } from './modules/demo/demo-seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const running = await createApp(config);
  await running.app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  const dialect = config.database.type === 'sqlite' ? `SQLite ${config.database.path}` : 'MySQL';
  process.stdout.write(
    `\n  Chienowa (知恵の輪) is running at ${url}\n  GraphQL: ${url}/graphql  Database: ${dialect}\n`,
  );
  if (config.demoSeed) {
    process.stdout.write(`\n  Demo sign-in (password: chienowa-demo):\n`);
    for (const line of DEMO_MEMBERS_FOR_README) process.stdout.write(`    ${line}\n`);
  }
  process.stdout.write('\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.app.getHttpAdapter().getInstance().log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await running.close();
      process.exit(0);
    } catch {
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Chienowa cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`Chienowa failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
