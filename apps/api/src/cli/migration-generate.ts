import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../common/config/app-config';
import { openDatabase } from '../database/database-bootstrap';
import { pendingSchemaChanges } from '../database/schema-diff';

/**
 * Writes a migration for one dialect from the difference between the entities and a database
 * migrated to the latest version. SQLite uses a throwaway file; MySQL needs DATABASE_URL
 * pointing at a scratch database. Review the generated SQL before committing it.
 */
async function main(): Promise<void> {
  const program = new Command()
    .requiredOption('--dialect <dialect>', 'sqlite or mysql')
    .requiredOption('--name <Name>', 'PascalCase migration name, e.g. AddPointsLedger')
    .option(
      '--tables <names>',
      'comma-separated table names: keep only the DDL touching these (one module at a time)',
    )
    .parse(process.argv.filter((a) => a !== '--'));
  const { dialect, name, tables } = program.opts<{
    dialect: string;
    name: string;
    tables?: string;
  }>();
  const only = tables
    ? tables
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean)
    : null;
  const touches = (sql: string) =>
    !only || only.some((t) => new RegExp(`["\`](temporary_)?${t}["\`]`).test(sql));
  if (dialect !== 'sqlite' && dialect !== 'mysql')
    throw new Error('--dialect must be sqlite or mysql');
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('--name must be PascalCase');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chienowa-migration-'));
  const env = dialect === 'sqlite' ? { DATA_DIR: tmp } : { DATABASE_URL: process.env.DATABASE_URL };
  if (dialect === 'mysql' && !env.DATABASE_URL)
    throw new Error('Set DATABASE_URL to a scratch MySQL database');
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
  const dataSource = await openDatabase(config.database);
  try {
    const pending = await pendingSchemaChanges(dataSource);
    const up = pending.up.filter(touches);
    const down = pending.down.filter(touches);
    if (up.length === 0) {
      process.stdout.write(`No changes for ${dialect}: entities and migrations agree.\n`);
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (sql: string) => `    await queryRunner.query(\`${sql.replace(/`/g, '\\`')}\`);`;
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${[...down].reverse().map(q).join('\n')}
  }
}
`;
    const dir = path.resolve(__dirname, '../../src/database/migrations', dialect);
    const file = path.join(
      dir,
      `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
    );
    fs.writeFileSync(file, body);
    process.stdout.write(`Wrote ${file}\n`);
  } finally {
    await dataSource.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `migration:generate failed: ${(error as Error)?.message ?? String(error)}\n`,
  );
  process.exit(1);
});
