// Command-line options shared by the generator and the bench runner. Bad input is a one-line
// message on stderr and exit code 2 (UsageError), never a stack trace.
import path from 'node:path';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type Dialect = 'sqlite' | 'mysql';

export const ROOT = path.resolve(__dirname, '../../..');
export const DEFAULT_MYSQL_URL = 'mysql://root@127.0.0.1:3306/chienowa_bench';

/** Parses `--name value`, `--name=value` and bare flags; `--` separators are ignored. */
export function parseArgs(
  argv: readonly string[],
  spec: { values: readonly string[]; flags: readonly string[] },
): Map<string, string | true> {
  const out = new Map<string, string | true>();
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`unexpected argument "${arg}"`);
    const [, name, inline] = m;
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      out.set(name, true);
    } else if (spec.values.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`--${name} needs a value`);
      }
      out.set(name, value);
    } else {
      throw new UsageError(
        `unknown option --${name} (options: ${[...spec.values, ...spec.flags].map((s) => `--${s}`).join(' ')})`,
      );
    }
  }
  return out;
}

/** A whole number within [min, max]; "10k" and "5m"/"5M" and 5_000_000 are accepted. */
export function sizeOption(
  args: Map<string, string | true>,
  name: string,
  fallback: number,
  min: number,
  max = 100_000_000,
): number {
  const raw = args.get(name);
  if (raw === undefined) return fallback;
  const text = String(raw).trim().replace(/_/g, '');
  const m = /^(-?\d+(?:\.\d+)?)([kKmM]?)$/.exec(text);
  const value = m ? Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2]) ? 1e3 : 1e6) : NaN;
  if (!Number.isFinite(value) || !Number.isInteger(value)) {
    throw new UsageError(`--${name} must be a whole number, got "${String(raw)}"`);
  }
  if (value < min || value > max) {
    throw new UsageError(
      `--${name} must be between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}, got ${value}`,
    );
  }
  return value;
}

export function dialectOption(args: Map<string, string | true>): Dialect {
  const raw = args.get('dialect') ?? 'sqlite';
  if (raw !== 'sqlite' && raw !== 'mysql') {
    throw new UsageError(`unknown dialect "${String(raw)}": use sqlite or mysql`);
  }
  return raw;
}

export type DatabaseTarget =
  { dialect: 'sqlite'; dataDir: string; file: string } | { dialect: 'mysql'; url: string };

/**
 * Where the benchmark database lives: a data directory (SQLite; default
 * tests/bench/.data/sqlite-<members>-<events>) or --database-url / BENCH_DATABASE_URL (MySQL).
 */
export function databaseTarget(
  args: Map<string, string | true>,
  dialect: Dialect,
  sizes: { members: number; events: number },
): DatabaseTarget {
  if (dialect === 'sqlite') {
    if (args.has('database-url')) {
      throw new UsageError('--database-url is for --dialect mysql; use --data-dir for SQLite');
    }
    const dataDir = path.resolve(
      String(
        args.get('data-dir') ??
          path.join(ROOT, 'tests/bench/.data', `sqlite-${sizes.members}-${sizes.events}`),
      ),
    );
    return { dialect, dataDir, file: path.join(dataDir, 'chienowa.sqlite') };
  }
  const url = args.get('database-url') ?? process.env.BENCH_DATABASE_URL;
  if (url === undefined || url === true || url === '') {
    throw new UsageError(
      `--dialect mysql needs --database-url (or BENCH_DATABASE_URL), e.g. ${DEFAULT_MYSQL_URL}; the database is dropped and re-created`,
    );
  }
  if (!/^(mysql|mariadb):\/\/[^/]+\/[A-Za-z0-9_]+$/.test(url)) {
    throw new UsageError(
      `--database-url must look like mysql://user:password@host:port/database (letters, digits, _ in the name), got "${url}"`,
    );
  }
  return { dialect, url };
}

/** The environment the app's loadConfig reads for this database (and quiet background jobs). */
export function appEnv(target: DatabaseTarget): NodeJS.ProcessEnv {
  const base = {
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    CHALLENGE_CLOSE_INTERVAL_MS: '0',
    BADGE_CATCH_UP_INTERVAL_MS: '0',
  };
  return target.dialect === 'sqlite'
    ? { ...base, DATA_DIR: target.dataDir, DATABASE_PATH: target.file, DATABASE_URL: undefined }
    : { ...base, DATABASE_URL: target.url };
}

/** Runs main; UsageError → message + exit 2, anything else → stack + exit 1. */
export function runMain(tool: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${tool}: ${error.message}\n`);
        process.exit(2);
      }
      process.stderr.write(`${tool} failed: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
