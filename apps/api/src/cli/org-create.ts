import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { Command } from 'commander';
import { generateTemporaryPassword, slugify, validateNewPassword } from '@chienowa/domain';
import { ConfigError, loadConfig } from '../common/config/app-config';
import { BadUserInputError } from '../common/graphql/app-errors';
import { openDatabase } from '../database/database-bootstrap';
import { hashPassword } from '../modules/identity/services/password-hasher.service';
import { provisionOrganization } from '../modules/organization/services/organization-provisioning';

/** Reads a line without echoing it (for the admin password). */
async function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = rl.question(question);
  muted = true;
  const value = await answer;
  rl.close();
  process.stdout.write('\n');
  return value;
}

async function main(): Promise<void> {
  const program = new Command()
    .name('org:create')
    .description('Create an organization (tenant) and its first admin.')
    .requiredOption('--name <name>', 'organization name, e.g. 株式会社サンプル')
    .requiredOption('--admin-email <email>', 'email of the first admin')
    .option('--slug <slug>', 'short id (a-z, 0-9, -); derived from a Latin name if omitted')
    .option('--admin-name <name>', 'display name of the admin', '管理者')
    .option('--admin-reading <reading>', 'name reading (furigana) of the admin', 'カンリシャ')
    .option('--time-zone <tz>', 'IANA time zone', 'Asia/Tokyo')
    .option('--fiscal-year-start <month>', 'fiscal-year start month (1-12)', '4')
    .option('--locale <locale>', 'default UI language: ja or en', 'ja')
    .option('--generate-password', 'generate a password and print it once instead of prompting')
    .showHelpAfterError();
  program.parse(process.argv.filter((a) => a !== '--'));
  const opts = program.opts<{
    name: string;
    adminEmail: string;
    slug?: string;
    adminName: string;
    adminReading: string;
    timeZone: string;
    fiscalYearStart: string;
    locale: string;
    generatePassword?: boolean;
  }>();

  const slug = opts.slug ?? slugify(opts.name);
  if (!slug) {
    throw new ConfigError(
      'The name has no Latin letters to derive a slug from: pass --slug, e.g. --slug sample-corp',
    );
  }
  const interactive = process.stdin.isTTY && !opts.generatePassword;
  let password: string;
  let generated = false;
  if (interactive) {
    password = await promptHidden('Admin password (12+ characters): ');
    const again = await promptHidden('Repeat the password: ');
    if (password !== again) throw new ConfigError('The passwords do not match');
    const problems = validateNewPassword(password, { email: opts.adminEmail });
    if (problems.length) throw new ConfigError(problems.map((p) => p.message).join('; '));
  } else {
    password = generateTemporaryPassword((n) => randomBytes(n));
    generated = true;
  }

  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  try {
    const passwordHash = await hashPassword(password);
    const { organization, admin } = await provisionOrganization(dataSource, {
      slug,
      name: opts.name,
      timeZone: opts.timeZone,
      fiscalYearStartMonth: Number(opts.fiscalYearStart),
      locale: opts.locale === 'en' ? 'en' : 'ja',
      admin: {
        email: opts.adminEmail,
        displayName: opts.adminName,
        nameReading: opts.adminReading,
        passwordHash,
      },
    });
    process.stdout.write(
      `Created organization "${organization.name}" (slug: ${organization.slug}).\n`,
    );
    process.stdout.write(`Admin: ${admin.email}\n`);
    if (generated) {
      process.stdout.write(
        `Admin password (shown once, change it after signing in): ${password}\n`,
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof BadUserInputError) {
    process.stderr.write(
      `org:create: ${error.fields.map((f) => `${f.field}: ${f.message}`).join('; ')}\n`,
    );
  } else if (error instanceof ConfigError) {
    process.stderr.write(`org:create: ${error.message}\n`);
  } else {
    process.stderr.write(`org:create failed: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
