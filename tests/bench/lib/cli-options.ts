// Options of the generator and the bench runner, validated before the tools (and the app code
// they import) are loaded: bad input answers in a fraction of a second.
import path from 'node:path';
import {
  databaseTarget,
  dialectOption,
  parseArgs,
  ROOT,
  sizeOption,
  UsageError,
  type DatabaseTarget,
} from './options';

export const BENCHMARKS = [
  'ingest',
  'leaderboard',
  'export',
  'search',
  'feed',
  'freshness',
] as const;
export type Benchmark = (typeof BENCHMARKS)[number];

export type GenerateOptions = {
  members: number;
  events: number;
  seed: number;
  target: DatabaseTarget;
  quiet?: boolean;
};

export type BenchOptions = {
  dialect: 'sqlite' | 'mysql';
  members: number;
  events: number;
  seed: number;
  only: Benchmark[];
  out: string;
  reuse: boolean;
  target: DatabaseTarget;
  durationMs: number;
  concurrency: number;
  samples: number;
};

export function generateOptions(argv: readonly string[]): GenerateOptions & { json?: string } {
  const args = parseArgs(argv, {
    values: ['members', 'events', 'dialect', 'seed', 'database-url', 'data-dir', 'json'],
    flags: ['quiet'],
  });
  const dialect = dialectOption(args);
  const members = sizeOption(args, 'members', 10_000, 2, 1_000_000);
  const events = sizeOption(args, 'events', 5_000_000, 0);
  const seed = sizeOption(args, 'seed', 42, 0, 2 ** 32 - 1);
  const target = databaseTarget(args, dialect, { members, events });
  const json = args.get('json');
  return {
    members,
    events,
    seed,
    target,
    quiet: args.has('quiet'),
    json: typeof json === 'string' ? path.resolve(json) : undefined,
  };
}

export function benchOptions(argv: readonly string[]): BenchOptions {
  const args = parseArgs(argv, {
    values: [
      'dialect',
      'members',
      'events',
      'only',
      'out',
      'seed',
      'database-url',
      'data-dir',
      'duration',
      'concurrency',
      'samples',
    ],
    flags: ['reuse'],
  });
  const dialect = dialectOption(args);
  const members = sizeOption(args, 'members', 10_000, 40, 1_000_000);
  const events = sizeOption(args, 'events', 5_000_000, 0);
  const only = String(args.get('only') ?? BENCHMARKS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only.filter((b) => !(BENCHMARKS as readonly string[]).includes(b));
  if (unknown.length > 0 || only.length === 0) {
    throw new UsageError(
      `unknown benchmark "${unknown.join(',')}" in --only: use ${BENCHMARKS.join(',')}`,
    );
  }
  const target = databaseTarget(args, dialect, { members, events });
  return {
    dialect,
    members,
    events,
    seed: sizeOption(args, 'seed', 42, 0, 2 ** 32 - 1),
    only: only as Benchmark[],
    out: path.resolve(
      String(args.get('out') ?? path.join(ROOT, 'tests/bench/.data', `results-${dialect}.json`)),
    ),
    reuse: args.has('reuse'),
    target,
    durationMs: sizeOption(args, 'duration', 10, 1, 3600) * 1000,
    concurrency: sizeOption(args, 'concurrency', 32, 1, 1024),
    samples: sizeOption(args, 'samples', 100, 5, 100_000),
  };
}
