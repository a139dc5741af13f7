import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { NestFactory } from '@nestjs/core';
import { parseExportFormat } from '@chienowa/domain';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '../common/config/app-config';
import { AppError, BadUserInputError } from '../common/graphql/app-errors';
import { openDatabase } from '../database/database-bootstrap';
import { ContributionExportService } from '../modules/hr-export/services/contribution-export.service';
import { EvaluationPeriodsService } from '../modules/hr-export/services/evaluation-periods.service';
import { OrganizationEntity } from '../modules/organization/entities/organization.entity';

/** A small progress bar on stderr (redrawn in place on a terminal, a final line otherwise). */
function progressBar(total: number): { tick: (done: number) => void; finish: () => void } {
  const tty = process.stderr.isTTY;
  const width = 30;
  let last = -1;
  const draw = (done: number) => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(ratio * width);
    return `export [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} members`;
  };
  return {
    tick(done) {
      if (!tty) return;
      const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
      if (pct === last) return;
      last = pct;
      process.stderr.write(`\r${draw(done)}`);
    },
    finish() {
      process.stderr.write(`${tty ? '\r' : ''}${draw(total)}\n`);
    },
  };
}

/**
 * `npm run export -- --org <slug> --period <id|2026-H1|2026-Q3> --format csv|csv_sjis|xlsx
 * --out <file>`: the HR contribution export for scheduled runs, audited as actor "cli".
 */
async function main(): Promise<void> {
  const program = new Command()
    .name('export')
    .description('Export contribution rows of an evaluation period (audited as "cli").')
    .requiredOption('--org <slug>', 'organization slug')
    .requiredOption(
      '--period <period>',
      'period id, a fiscal half/quarter (2026-H1, 2026-Q3) or days 2026-04-01..2026-06-30',
    )
    .requiredOption('--format <format>', 'csv, csv_sjis or xlsx')
    .requiredOption('--out <file>', 'file to write')
    .option('--department <id>', 'only this department (and its sub-departments)')
    .option('--team <id>', 'only this team')
    .option('--include-inactive', 'include deactivated members')
    .option('--evidence', 'CSV: write the evidence table instead of the scores')
    .option('--locale <locale>', 'header language: ja or en', 'ja')
    .showHelpAfterError();
  program.parse(process.argv.filter((a) => a !== '--'));
  const opts = program.opts<{
    org: string;
    period: string;
    format: string;
    out: string;
    department?: string;
    team?: string;
    includeInactive?: boolean;
    evidence?: boolean;
    locale: string;
  }>();
  const format = parseExportFormat(opts.format);
  if (!format.ok) throw new BadUserInputError(format.errors);
  if (opts.locale !== 'ja' && opts.locale !== 'en') {
    throw new ConfigError(`Unknown locale "${opts.locale}": use ja or en`);
  }
  const out = path.resolve(opts.out);
  if (!fs.existsSync(path.dirname(out))) {
    throw new ConfigError(`The output folder ${path.dirname(out)} does not exist`);
  }

  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const dataSource = await openDatabase(config.database);
  const app = await NestFactory.createApplicationContext(AppModule.register(config, dataSource), {
    logger: false,
  });
  try {
    const org = await dataSource.getRepository(OrganizationEntity).findOneBy({ slug: opts.org });
    if (!org) throw new ConfigError(`Unknown organization "${opts.org}"`);
    const tenant = { organizationId: org.id };
    const period = await app.get(EvaluationPeriodsService).resolve(tenant, opts.period);
    const exports = app.get(ContributionExportService);
    const total =
      period.status === 'locked'
        ? (period.snapshotRows ?? 0)
        : await dataSource
            .query('SELECT COUNT(*) AS n FROM members WHERE organization_id = ? AND active = ?', [
              org.id,
              true,
            ])
            .then((rows: { n: number | string }[]) => Number(rows[0]?.n ?? 0));
    const bar = progressBar(total);
    const rendered = await exports.render(
      { kind: 'cli', tenant },
      {
        periodId: period.id,
        format: format.value,
        departmentId: opts.department ?? null,
        teamId: opts.team ?? null,
        includeInactive: Boolean(opts.includeInactive),
        part: opts.evidence ? 'EVIDENCE' : 'SCORES',
        locale: opts.locale as 'ja' | 'en',
      },
      { period, onRow: (n) => bar.tick(n) },
    );
    bar.finish();
    try {
      fs.renameSync(rendered.file, out);
    } catch {
      fs.copyFileSync(rendered.file, out);
      fs.rmSync(rendered.file, { force: true });
    }
    process.stdout.write(
      `Exported ${rendered.rowCount} row(s) of "${period.name}" (${period.firstDay}..${period.lastDay}, ${period.status}) to ${out}\nsha256 ${rendered.sha256}\n`,
    );
    if (rendered.unrepresentableCount > 0) {
      process.stderr.write(
        `warning: ${rendered.unrepresentableCount} character(s) cannot be written in Shift_JIS (CP932) and were replaced by ?:\n`,
      );
      for (const u of rendered.unrepresentable.slice(0, 20)) {
        process.stderr.write(`  line ${u.row}, ${u.column}: ${u.char}\n`);
      }
    }
  } finally {
    await app.close();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof BadUserInputError) {
    process.stderr.write(`export: ${error.fields.map((f) => f.message).join('; ')}\n`);
  } else if (error instanceof ConfigError || error instanceof AppError) {
    process.stderr.write(`export: ${error.message}\n`);
  } else {
    process.stderr.write(`export failed: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
