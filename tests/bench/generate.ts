// `npm run bench:generate -- --members 10000 --events 5000000 --dialect sqlite|mysql --seed 42
//  [--database-url mysql://…/db | --data-dir dir]`
//
// Generates ONE realistic organization into a FRESH database migrated by the app's own
// migrations: two divisions (事業本部) with departments (one nesting level) and teams, members
// with Japanese names, knowledge posts, templates and approved success stories with Japanese
// text and their search index, kudos with feed items, and `--events` COUNTED events (ledger
// entries) over the last 12 months, plus the uncounted usage the app would also have recorded
// (duplicate views of the day, a share of capped events). Popularity is Zipf-skewed: a few
// authors get most views, likes, reuses and kudos. Events are generated day by day in time
// order and decided with the domain's own rules (daily caps, dedupe keys, per-target weekly cap,
// kudos budget and pair damping), so ledger_entries, usage_events, member_usage_days,
// member_usage_months, member_source_months, point_dedupe_keys, member_daily_earnings,
// point_target_weekly_counts, kudos_budget_counters and the seven member_point_totals per
// entry are exactly what
// PointsLedgerService would have written;
// `verifyLedger` runs at the end. Every bench member signs in with BENCH_PASSWORD.
import fs from 'node:fs';
import mysql from 'mysql2/promise';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_POINT_RULES,
  applyDailyCap,
  dampedKudosPoints,
  indexTokens,
  kudosPairWindowStart,
  localDate,
  monthOfDay,
  normalizeTag,
  perTargetCapReached,
  totalPeriodKeys,
  usageDayContributions,
  zonedStartOfDay,
  type PeriodSettings,
  type PointEventKind,
  type PointSourceType,
  type TotalPeriodKeys,
} from '@chienowa/domain';
import { AppModule } from '../../apps/api/src/app.module';
import { loadConfig, parseDatabaseUrl } from '../../apps/api/src/common/config/app-config';
import { openDatabase } from '../../apps/api/src/database/database-bootstrap';
import { MemberRoleEntity } from '../../apps/api/src/modules/identity/entities/member-role.entity';
import { MemberEntity } from '../../apps/api/src/modules/identity/entities/member.entity';
import { hashPassword } from '../../apps/api/src/modules/identity/services/password-hasher.service';
import { KnowledgePostLikeEntity } from '../../apps/api/src/modules/knowledge/entities/knowledge-post-like.entity';
import { KnowledgePostTagEntity } from '../../apps/api/src/modules/knowledge/entities/knowledge-post-tag.entity';
import { KnowledgePostEntity } from '../../apps/api/src/modules/knowledge/entities/knowledge-post.entity';
import { DepartmentEntity } from '../../apps/api/src/modules/organization/entities/department.entity';
import { OrganizationEntity } from '../../apps/api/src/modules/organization/entities/organization.entity';
import { TeamMemberEntity } from '../../apps/api/src/modules/organization/entities/team-member.entity';
import { TeamEntity } from '../../apps/api/src/modules/organization/entities/team.entity';
import { LedgerEntryEntity } from '../../apps/api/src/modules/points/entities/ledger-entry.entity';
import { MemberDailyEarningEntity } from '../../apps/api/src/modules/points/entities/member-daily-earning.entity';
import { MemberSourceMonthEntity } from '../../apps/api/src/modules/points/entities/member-source-month.entity';
import { MemberUsageMonthEntity } from '../../apps/api/src/modules/points/entities/member-usage-month.entity';
import { MemberUsageDayEntity } from '../../apps/api/src/modules/points/entities/member-usage-day.entity';
import { MemberPointTotalEntity } from '../../apps/api/src/modules/points/entities/member-point-total.entity';
import { PointDedupeKeyEntity } from '../../apps/api/src/modules/points/entities/point-dedupe-key.entity';
import { PointTargetWeeklyCountEntity } from '../../apps/api/src/modules/points/entities/point-target-weekly-count.entity';
import { UsageEventEntity } from '../../apps/api/src/modules/points/entities/usage-event.entity';
import { verifyLedger } from '../../apps/api/src/modules/points/services/ledger-verifier';
import { FeedItemEntity } from '../../apps/api/src/modules/recognition/entities/feed-item.entity';
import { KudosBudgetCounterEntity } from '../../apps/api/src/modules/recognition/entities/kudos-budget-counter.entity';
import { KudosEntity } from '../../apps/api/src/modules/recognition/entities/kudos.entity';
import { RecognitionValuesService } from '../../apps/api/src/modules/recognition/services/recognition-values.service';
import { SearchDocumentEntity } from '../../apps/api/src/modules/search/entities/search-document.entity';
import { SearchTokenEntity } from '../../apps/api/src/modules/search/entities/search-token.entity';
import { markdownToText } from '../../apps/api/src/modules/search/services/search-index.service';
import { SuccessStoryEntity } from '../../apps/api/src/modules/stories/entities/success-story.entity';
import { PromptTemplateEntity } from '../../apps/api/src/modules/templates/entities/prompt-template.entity';
import { TemplateReuserEntity } from '../../apps/api/src/modules/templates/entities/template-reuser.entity';
import { TemplateCategoriesService } from '../../apps/api/src/modules/templates/services/template-categories.service';
import { BulkWriter } from './lib/bulk-writer';
import { SearchPostings } from './lib/search-postings';
import {
  DEPARTMENT_NAMES,
  DIVISIONS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  KUDOS_MESSAGES,
  TEAM_SUFFIXES,
  japaneseText,
} from './lib/japanese';
import { appEnv, runMain, UsageError, type DatabaseTarget } from './lib/options';
import { Random, UuidV7, ZipfSampler } from './lib/random';
import { generateOptions, type GenerateOptions } from './lib/cli-options';

export type { GenerateOptions };

export const BENCH_PASSWORD = 'chienowa-bench-password';
export const BENCH_ORG_SLUG = 'bench';
export const benchEmail = (index: number): string =>
  `m${String(index).padStart(6, '0')}@bench.example.com`;

export type GenerateSummary = {
  members: number;
  departments: number;
  teams: number;
  posts: number;
  templates: number;
  stories: number;
  kudos: number;
  ledgerEntries: number;
  usageEvents: number;
  rows: Record<string, number>;
  seconds: number;
  /** Wall-clock seconds per step. */
  timings: Record<string, number>;
  verify: { entries: number; totalsChecked: number; drift: number };
};

/** Shares of COUNTED events per kind: views ≫ reuses > likes > posts > kudos > stories. */
const KIND_SHARES: [Kind, number][] = [
  ['view', 0.845],
  ['reuse', 0.07],
  ['like', 0.04],
  ['post', 0.016],
  ['template', 0.004],
  ['kudos', 0.02],
  ['story', 0.005],
];
type Kind = 'view' | 'reuse' | 'like' | 'post' | 'template' | 'kudos' | 'story';

/** Share of capped events that are still recorded as (uncounted) usage; the rest are redrawn. */
const KEEP_CAPPED = 0.1;
const ZIPF_S = 1.0;
const DAY_MS = 86_400_000;

type Post = {
  index: number;
  id: string;
  author: number;
  title: string;
  body: string;
  tags: string[];
  at: Date;
  viewCount: number;
  likeCount: number;
};
type Template = {
  index: number;
  id: string;
  author: number;
  title: string;
  description: string;
  body: string;
  categoryId: string;
  at: Date;
  reuseCount: number;
};

function progress(total: number, quiet: boolean) {
  const tty = process.stderr.isTTY && !quiet;
  const width = 30;
  let lastPct = -1;
  const started = Date.now();
  const line = (done: number) => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(ratio * width);
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    return `generate [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} events ${rate.toLocaleString('en-US')}/s`;
  };
  return {
    tick(done: number) {
      const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
      if (pct === lastPct) return;
      lastPct = pct;
      if (tty) process.stderr.write(`\r${line(done)}`);
      else if (!quiet && pct % 10 === 0) process.stderr.write(`${line(done)}\n`);
    },
    finish(done: number) {
      if (tty) process.stderr.write(`\r${line(done)}\n`);
    },
  };
}

/** Empties the target: deletes the SQLite file, or drops and re-creates the MySQL database. */
async function freshDatabase(target: DatabaseTarget): Promise<void> {
  if (target.dialect === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      fs.rmSync(`${target.file}${suffix}`, { force: true });
    }
    fs.mkdirSync(target.dataDir, { recursive: true });
    return;
  }
  const db = parseDatabaseUrl(target.url);
  if (db.type !== 'mysql') return;
  const conn = await mysql.createConnection({
    host: db.host,
    port: db.port,
    user: db.username,
    password: db.password,
  });
  try {
    const [orgs] = await conn
      .query(`SELECT slug FROM \`${db.database}\`.organizations`)
      .catch(() => [[]] as unknown as [{ slug: string }[]]);
    const foreign = (orgs as { slug: string }[]).filter((o) => o.slug !== BENCH_ORG_SLUG);
    if (foreign.length > 0) {
      throw new UsageError(
        `database "${db.database}" holds other organizations (${foreign.map((o) => o.slug).join(', ')}): refusing to drop it; use a dedicated benchmark database`,
      );
    }
    await conn.query(`DROP DATABASE IF EXISTS \`${db.database}\``);
  } finally {
    await conn.end();
  }
}

export async function generate(opts: GenerateOptions): Promise<GenerateSummary> {
  const started = Date.now();
  const quiet = Boolean(opts.quiet);
  const log = (s: string) => {
    if (!quiet) process.stderr.write(`${s}\n`);
  };
  await freshDatabase(opts.target);
  const config = loadConfig({ ...process.env, ...appEnv(opts.target) });
  const dataSource = await openDatabase(config.database);
  try {
    return await fill(dataSource, config, opts, log, started);
  } finally {
    await dataSource.destroy();
  }
}

/** Adds [genuine, counted] to a usage aggregate row (created at zero). */
function addCounts(
  rows: Map<string, [number, number]>,
  key: string,
  genuine: number,
  counted: number,
) {
  const row = rows.get(key) ?? rows.set(key, [0, 0]).get(key)!;
  row[0] += genuine;
  row[1] += counted;
}

async function fill(
  dataSource: DataSource,
  config: ReturnType<typeof loadConfig>,
  opts: GenerateOptions,
  log: (s: string) => void,
  started: number,
): Promise<GenerateSummary> {
  // Wall-clock seconds per step, in the summary (`writer: …` are parts of the steps).
  const timings: Record<string, number> = {};
  let stepStarted = started;
  const phase = (step: string) => {
    timings[step] = Math.round((Date.now() - stepStarted) / 100) / 10;
    stepStarted = Date.now();
    log(
      `generate: ${step} ${timings[step]} s, ${Math.round(process.memoryUsage().rss / 1e6)} MB RSS`,
    );
  };
  const sqlite = dataSource.options.type === 'better-sqlite3';
  const random = new Random(opts.seed);
  const ids = new UuidV7(new Random(opts.seed ^ 0x5eed));
  const N = opts.members;
  const M = opts.events;
  const settings: PeriodSettings = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 };
  const now = new Date();
  const today = localDate(now, settings.timeZone);
  // Local days of the last 12 months, oldest first, ending yesterday.
  const days: string[] = [];
  for (let k = 365; k >= 1; k--) {
    days.push(
      localDate(
        new Date(zonedStartOfDay(today, settings.timeZone).getTime() - k * DAY_MS + 12 * 3600_000),
        settings.timeZone,
      ),
    );
  }
  const startOf = (day: string) => zonedStartOfDay(day, settings.timeZone).getTime();
  const setupAt = new Date(startOf(days[0]) - 30 * DAY_MS);

  // Tables whose primary key does not follow the generation order: written sorted at the end.
  const sorted = [
    MemberDailyEarningEntity,
    MemberUsageDayEntity,
    MemberSourceMonthEntity,
    MemberUsageMonthEntity,
    MemberPointTotalEntity,
    PointTargetWeeklyCountEntity,
    TemplateReuserEntity,
    KudosBudgetCounterEntity,
    KnowledgePostLikeEntity,
  ];
  const w = new BulkWriter(dataSource, { sorted });
  const search = new SearchPostings();

  // ---------------------------------------------------------------- organization
  const orgId = ids.at(setupAt.getTime());
  await dataSource.getRepository(OrganizationEntity).insert({
    id: orgId,
    slug: BENCH_ORG_SLUG,
    name: '株式会社ベンチマーク商事',
    timeZone: settings.timeZone,
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    locale: 'ja',
    levelThresholds: null,
    createdAt: setupAt,
    updatedAt: setupAt,
  });
  const tenant = { organizationId: orgId };
  // Defaults the app seeds lazily (kudos values, template categories), through its services.
  const app = await NestFactory.createApplicationContext(AppModule.register(config, dataSource), {
    logger: false,
  });
  try {
    await app.get(RecognitionValuesService).ensureDefaults(tenant);
    await app.get(TemplateCategoriesService).ensureDefaults(tenant);
  } finally {
    await app.close();
  }
  const valueRows: { id: string; label: string; label_en: string | null }[] =
    await dataSource.query(
      'SELECT id, label, label_en FROM recognition_values WHERE organization_id = ? ORDER BY position',
      [orgId],
    );
  const categoryIds: string[] = (
    await dataSource.query(
      'SELECT id FROM template_categories WHERE organization_id = ? ORDER BY sort_order',
      [orgId],
    )
  ).map((r: { id: string }) => r.id);

  await w.begin();

  // ---------------------------------------------------------------- structure
  // Two divisions (事業本部), each with departments (one nesting level): an export filtered by
  // one division covers half the company (the export benchmark's half-headcount baseline).
  const departmentsPerDivision = Math.max(
    1,
    Math.min(DEPARTMENT_NAMES.length / 2, Math.round(N / 500)),
  );
  const depts: { id: string; division: string }[] = [];
  const divisionIds: string[] = [];
  for (const [d, division] of DIVISIONS.entries()) {
    const divisionId = ids.at(setupAt.getTime());
    divisionIds.push(divisionId);
    w.add(DepartmentEntity, {
      id: divisionId,
      organizationId: orgId,
      parentId: null,
      name: division,
      createdAt: setupAt,
      updatedAt: setupAt,
    });
    for (let i = 0; i < departmentsPerDivision; i++) {
      const id = ids.at(setupAt.getTime());
      depts.push({ id, division: divisionId });
      w.add(DepartmentEntity, {
        id,
        organizationId: orgId,
        parentId: divisionId,
        name: DEPARTMENT_NAMES[d * departmentsPerDivision + i] ?? `${division}第${i + 1}部`,
        createdAt: setupAt,
        updatedAt: setupAt,
      });
    }
  }
  const teamsPerDept = Math.max(1, Math.round(N / depts.length / 12));
  const teamsOf: string[][] = [];
  let teamCount = 0;
  for (const [i, dept] of depts.entries()) {
    const list: string[] = [];
    for (let t = 0; t < teamsPerDept; t++) {
      const id = ids.at(setupAt.getTime());
      list.push(id);
      teamCount += 1;
      w.add(TeamEntity, {
        id,
        organizationId: orgId,
        departmentId: dept.id,
        name: `${DEPARTMENT_NAMES[i % DEPARTMENT_NAMES.length].replace(/部$/, '')}${TEAM_SUFFIXES[t % TEAM_SUFFIXES.length]}${t >= TEAM_SUFFIXES.length ? Math.floor(t / TEAM_SUFFIXES.length) + 1 : ''}`,
        createdAt: setupAt,
        updatedAt: setupAt,
      });
    }
    teamsOf.push(list);
  }

  // ---------------------------------------------------------------- members
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const memberIds: string[] = [];
  const memberDept: string[] = [];
  for (let i = 0; i < N; i++) {
    if (w.full) await w.flush();
    const id = ids.at(setupAt.getTime());
    memberIds.push(id);
    // Members alternate between the divisions, so each holds half the company.
    const deptIndex =
      (i % 2) * departmentsPerDivision + (Math.floor(i / 2) % departmentsPerDivision);
    const dept = depts[deptIndex];
    memberDept.push(dept.id);
    const [family, familyReading] = random.pick(FAMILY_NAMES);
    const [given, givenReading] = random.pick(GIVEN_NAMES);
    const year = 1995 + random.int(30);
    w.add(MemberEntity, {
      id,
      organizationId: orgId,
      email: benchEmail(i),
      displayName: `${family} ${given}`,
      nameReading: `${familyReading} ${givenReading}`,
      employeeNumber: `B${String(i).padStart(6, '0')}`,
      departmentId: dept.id,
      active: true,
      joinedOn: `${year}-04-01`,
      locale: 'ja',
      passwordHash,
      passwordChangedAt: setupAt,
      lastLoginAt: null,
      deactivatedAt: null,
      createdAt: setupAt,
      updatedAt: setupAt,
    });
    const roles =
      i === 0
        ? ['admin', 'staff']
        : i === 1
          ? ['hr', 'staff']
          : i < 2 + depts.length
            ? ['manager', 'staff']
            : ['staff'];
    for (const role of roles) {
      w.add(MemberRoleEntity, { memberId: id, role: role as 'staff', organizationId: orgId });
    }
    const teams = teamsOf[deptIndex];
    const first = random.int(teams.length);
    w.add(TeamMemberEntity, { teamId: teams[first], memberId: id, organizationId: orgId });
    if (teams.length > 1 && random.chance(0.15)) {
      w.add(TeamMemberEntity, {
        teamId: teams[(first + 1) % teams.length],
        memberId: id,
        organizationId: orgId,
      });
    }
  }
  await w.flush();
  log(
    `generate: ${N} members in ${depts.length} departments (${DIVISIONS.length} divisions) and ${teamCount} teams`,
  );

  // ---------------------------------------------------------------- events
  phase('setup');
  const popular = new ZipfSampler(N, ZIPF_S, random);
  const other = (not: number) => {
    const m = random.int(N - 1);
    return m >= not ? m + 1 : m;
  };
  const posts: Post[] = [];
  const postsOf = new Map<number, number[]>();
  const templates: Template[] = [];
  const templatesOf = new Map<number, number[]>();
  const pickFrom = <T>(items: T[], of: Map<number, number[]>): T => {
    for (let tries = 0; tries < 3; tries++) {
      const list = of.get(popular.sample(random));
      if (list) return items[list[random.int(list.length)]];
    }
    return items[random.int(items.length)];
  };

  const cdf: [Kind, number][] = [];
  let acc = 0;
  for (const [k, share] of KIND_SHARES) cdf.push([k, (acc += share)]);
  const drawKind = (): Kind => {
    const u = random.next() * acc;
    return (cdf.find(([, c]) => u < c) ?? cdf[0])[0];
  };

  // Counted events per day: weekdays busy, weekends quiet; largest remainder so the sum is M.
  const weights = days.map((d) => {
    const dow = new Date(`${d}T12:00:00Z`).getUTCDay();
    return dow === 0 || dow === 6 ? 0.15 : 1;
  });
  const wsum = weights.reduce((a, b) => a + b, 0);
  const perDay = weights.map((x) => Math.floor((M * x) / wsum));
  let rest = M - perDay.reduce((a, b) => a + b, 0);
  for (let i = days.length - 1; rest > 0; i = (i - 1 + days.length) % days.length, rest--)
    perDay[i] += 1;

  /** Points per member for every period key but the day's (week, month … all time). */
  const longTotals = new Map<string, Float64Array>();
  const claims = new DedupeClaims();
  const targetCounts = new Map<string, number>();
  const budgetUsed = new Map<string, number>();
  const pairHistory = new Map<string, number[]>();
  const reusers = new Map<string, { first: Date; count: number }>();
  const liked = new Set<string>();
  let ledgerEntries = 0;
  let usageEvents = 0;
  let kudosCount = 0;
  let storyCount = 0;
  const bar = progress(M, Boolean(opts.quiet));

  /** member_source_months of the month being generated: "earner|category|type|id" → points. */
  let month = '';
  const monthSums = new Map<string, number>();
  /** member_usage_months of the month being generated: "member|role|kind" → [genuine, counted]. */
  const usageMonth = new Map<string, [number, number]>();
  const writeMonth = () => {
    for (const [k, [genuine, counted]] of usageMonth) {
      const [member, role, kind] = k.split('|');
      w.add(MemberUsageMonthEntity, {
        organizationId: orgId,
        month,
        memberId: memberIds[Number(member)],
        role,
        kind,
        genuine,
        counted,
      });
    }
    usageMonth.clear();
    for (const [k, points] of monthSums) {
      const [earner, category, sourceType, sourceId] = k.split('|');
      w.add(MemberSourceMonthEntity, {
        organizationId: orgId,
        month,
        memberId: memberIds[Number(earner)],
        category,
        sourceType,
        sourceId,
        points,
      });
    }
    monthSums.clear();
  };

  for (const [dayIndex, day] of days.entries()) {
    const dayStart = startOf(day);
    if (monthOfDay(day) !== month) {
      writeMonth();
      month = monthOfDay(day);
    }
    const keys: TotalPeriodKeys = totalPeriodKeys(new Date(dayStart + 12 * 3600_000), settings);
    const longSums = Object.entries(keys)
      .filter(([kind]) => kind !== 'day')
      .map(([, key]) => {
        let sums = longTotals.get(key);
        if (!sums) longTotals.set(key, (sums = new Float64Array(N)));
        return sums;
      });
    const dayTotals = new Map<number, number>();
    /** Points earned today per earner and kind (key: earner × kinds + kind). */
    const earned = new Map<number, number>();
    const seen = new Set<string>();
    const target = perDay[dayIndex];
    let counted = 0;
    let attempts = 0;
    // Event times: business hours, increasing through the day.
    let clock = dayStart + 8 * 3600_000;
    const step = (11 * 3600_000) / Math.max(1, target * 1.3);
    const end = dayStart + DAY_MS - 1000;
    const nextTime = () => {
      clock = Math.min(end, clock + step * (0.5 + random.next()));
      return Math.floor(clock);
    };

    /** The day's member_usage_days rows: (member, role, kind) → [genuine, counted]. */
    const usageDays = new Map<string, [number, number]>();
    const usage = (
      kind: PointEventKind,
      earner: number,
      actor: number | null,
      sourceType: PointSourceType,
      sourceId: string,
      at: number,
      uncounted: string | null,
    ) => {
      usageEvents += 1;
      for (const c of usageDayContributions({
        kind,
        earnerId: String(earner),
        actorId: actor === null ? null : String(actor),
        counted: uncounted === null,
        uncountedReason: uncounted,
      })) {
        const k = `${c.memberId}|${c.role}|${kind}`;
        addCounts(usageDays, k, c.genuine, c.counted);
        addCounts(usageMonth, k, c.genuine, c.counted);
      }
      w.add(UsageEventEntity, {
        id: ids.at(at),
        organizationId: orgId,
        kind,
        actorId: actor === null ? null : memberIds[actor],
        earnerId: memberIds[earner],
        sourceType,
        sourceId,
        counted: uncounted === null,
        uncountedReason: uncounted,
        occurredAt: new Date(at),
        localDay: day,
      });
    };
    const pay = (
      kind: PointEventKind,
      earner: number,
      actor: number | null,
      sourceType: PointSourceType,
      sourceId: string,
      at: number,
      points: number,
      entryKey: string,
    ) => {
      usage(kind, earner, actor, sourceType, sourceId, at, null);
      ledgerEntries += 1;
      counted += 1;
      const when = new Date(at);
      w.add(LedgerEntryEntity, {
        id: ids.at(at),
        organizationId: orgId,
        memberId: memberIds[earner],
        points,
        kind,
        category: DEFAULT_POINT_RULES[kind].category,
        ruleVersion: 1,
        sourceType,
        sourceId,
        actorId: actor === null ? null : memberIds[actor],
        occurredAt: when,
        localDay: day,
        idempotencyKey: entryKey,
        reversesEntryId: null,
        reason: null,
        createdAt: when,
      });
      const sourceKey = `${earner}|${DEFAULT_POINT_RULES[kind].category}|${sourceType}|${sourceId}`;
      monthSums.set(sourceKey, (monthSums.get(sourceKey) ?? 0) + points);
      dayTotals.set(earner, (dayTotals.get(earner) ?? 0) + points);
      // Awards are positive, so a total row exists exactly where the sum is not zero.
      if (!(points > 0)) throw new Error(`generate: award of ${points} points`);
      for (const sums of longSums) sums[earner] += points;
    };
    const claim = (
      key: string,
      kind: ClaimKind,
      item: number,
      member: number,
      at: number,
      dayed: boolean,
    ) => {
      seen.add(key);
      claims.add(kind, item, member, dayed ? dayIndex : -1, at);
    };
    /** The earner's points for the kind so far today; the row exists once locked (lockCounter). */
    const earnedToday = (earner: number, kind: PointEventKind) => {
      const k = earner * EVENT_KINDS.length + EVENT_KINDS.indexOf(kind);
      const points = earned.get(k);
      if (points !== undefined) return points;
      earned.set(k, 0);
      return 0;
    };
    const addEarned = (earner: number, kind: PointEventKind, points: number) =>
      earned.set(
        earner * EVENT_KINDS.length + EVENT_KINDS.indexOf(kind),
        earnedToday(earner, kind) + points,
      );

    while (counted < target && attempts < target * 6 + 50) {
      if (w.full) await w.flush();
      attempts += 1;
      let kind = drawKind();
      if (kind === 'view' || kind === 'like') {
        if (posts.length === 0) kind = 'post';
      } else if (kind === 'reuse' && templates.length === 0) kind = 'template';
      const at = nextTime();

      if (kind === 'post') {
        const author = popular.sample(random);
        const text = japaneseText(random, 4 + random.int(6));
        const id = ids.at(at);
        posts.push({
          index: posts.length,
          id,
          author,
          title: text.title,
          body: text.body,
          tags: [...new Set(text.tags.map(normalizeTag))],
          at: new Date(at),
          viewCount: 0,
          likeCount: 0,
        });
        appendTo(postsOf, author, posts.length - 1);
        indexTokensOf(
          search,
          'knowledgePost',
          id,
          text.title,
          text.body,
          posts[posts.length - 1].tags,
        );
        pay('knowledgePublished', author, author, 'knowledgePost', id, at, 10, `publish:${id}:1`);
      } else if (kind === 'template') {
        const author = popular.sample(random);
        const text = japaneseText(random, 3 + random.int(3));
        const id = ids.at(at);
        const tpl: Template = {
          index: templates.length,
          id,
          author,
          title: `${text.topic}テンプレート：${text.title}`.slice(0, 200),
          description: `${text.topic}の作業に使えるプロンプトです。`,
          body: `あなたは${text.topic}の専門家です。以下の{{資料}}をもとに、{{目的}}に合わせて要点を整理してください。\n\n${text.body}`,
          categoryId: categoryIds[random.int(categoryIds.length)],
          at: new Date(at),
          reuseCount: 0,
        };
        templates.push(tpl);
        appendTo(templatesOf, author, templates.length - 1);
        indexTokensOf(search, 'template', id, tpl.title, `${tpl.description}\n\n${tpl.body}`, []);
        pay('templatePublished', author, author, 'template', id, at, 10, `publish:${id}:1`);
      } else if (kind === 'story') {
        const author = popular.sample(random);
        const reviewer = author === 1 ? 0 : 1;
        const text = japaneseText(random, 3 + random.int(3));
        const id = ids.at(at);
        const improved = `${text.topic}にかかる時間を短縮しました。`;
        storyCount += 1;
        w.add(SuccessStoryEntity, {
          id,
          organizationId: orgId,
          authorId: memberIds[author],
          departmentId: memberDept[author],
          title: `成功事例：${text.title}`.slice(0, 200),
          improved,
          howMarkdown: text.body,
          minutesBeforeX100: (30 + random.int(90)) * 100,
          minutesAfterX100: (5 + random.int(20)) * 100,
          occurrencesPerMonthX100: (2 + random.int(20)) * 100,
          qualityNote: null,
          status: 'approved',
          reviewerId: memberIds[reviewer],
          reviewComment: null,
          submittedAt: new Date(at - 3600_000),
          reviewedAt: new Date(at),
          approvedAt: new Date(at),
          approvalCount: 1,
          createdAt: new Date(at - 2 * 3600_000),
          updatedAt: new Date(at),
        } as SuccessStoryEntity);
        const title = `成功事例：${text.title}`.slice(0, 200);
        const body = [improved, text.body, ''].join('\n\n');
        indexTokensOf(search, 'story', id, title, body, []);
        addSearchDocument(
          w,
          orgId,
          'story',
          id,
          title,
          body,
          [],
          memberDept[author],
          0,
          new Date(at),
        );
        pay('storyApproved', author, reviewer, 'story', id, at, 30, `story:${id}:approve:1`);
      } else if (kind === 'view') {
        const post = pickFrom(posts, postsOf);
        const viewer = other(post.author);
        const key = `view:${post.id}:${memberIds[viewer]}:${day}`;
        if (seen.has(key)) {
          usage(
            'viewReceived',
            post.author,
            viewer,
            'knowledgePost',
            post.id,
            at,
            'duplicateToday',
          );
          continue;
        }
        const rule = DEFAULT_POINT_RULES.viewReceived;
        const points = applyDailyCap(
          rule.points,
          rule.dailyCap,
          earnedToday(post.author, 'viewReceived'),
        );
        if (points === 0 && !random.chance(KEEP_CAPPED)) continue;
        claim(key, 'view', post.index, viewer, at, true);
        post.viewCount += 1; // a capped view is still a distinct colleague's view of the day
        if (points === 0) {
          usage(
            'viewReceived',
            post.author,
            viewer,
            'knowledgePost',
            post.id,
            at,
            'dailyCapReached',
          );
          continue;
        }
        addEarned(post.author, 'viewReceived', points);
        pay(
          'viewReceived',
          post.author,
          viewer,
          'knowledgePost',
          post.id,
          at,
          points,
          `view:${ids.at(at)}`,
        );
      } else if (kind === 'like') {
        const post = pickFrom(posts, postsOf);
        const liker = other(post.author);
        const key = `like:${post.id}:${memberIds[liker]}`;
        if (liked.has(key)) continue; // liking twice is a no-op
        const tkey = `${liker}|${post.author}|${keys.week}|likeReceived`;
        const credits = targetCounts.get(tkey) ?? 0;
        if (perTargetCapReached(credits)) continue;
        const rule = DEFAULT_POINT_RULES.likeReceived;
        const points = applyDailyCap(
          rule.points,
          rule.dailyCap,
          earnedToday(post.author, 'likeReceived'),
        );
        if (points === 0 && !random.chance(KEEP_CAPPED)) continue;
        liked.add(key);
        claim(key, 'like', post.index, liker, at, false);
        targetCounts.set(tkey, credits + (points > 0 ? 1 : 0));
        post.likeCount += 1;
        w.add(KnowledgePostLikeEntity, {
          postId: post.id,
          memberId: memberIds[liker],
          organizationId: orgId,
          createdAt: new Date(at),
        });
        if (points === 0) {
          usage(
            'likeReceived',
            post.author,
            liker,
            'knowledgePost',
            post.id,
            at,
            'dailyCapReached',
          );
          continue;
        }
        addEarned(post.author, 'likeReceived', points);
        pay(
          'likeReceived',
          post.author,
          liker,
          'knowledgePost',
          post.id,
          at,
          points,
          `like:${ids.at(at)}`,
        );
      } else if (kind === 'reuse') {
        const tpl = pickFrom(templates, templatesOf);
        const reuser = other(tpl.author);
        const key = `reuse:${tpl.id}:${memberIds[reuser]}:${day}`;
        const rk = `${tpl.id}|${reuser}`;
        const countReuse = () => {
          tpl.reuseCount += 1;
          const r = reusers.get(rk);
          if (r) r.count += 1;
          else reusers.set(rk, { first: new Date(at), count: 1 });
        };
        if (seen.has(key)) {
          countReuse();
          usage('templateReused', tpl.author, reuser, 'template', tpl.id, at, 'duplicateToday');
          continue;
        }
        const rule = DEFAULT_POINT_RULES.templateReused;
        const points = applyDailyCap(
          rule.points,
          rule.dailyCap,
          earnedToday(tpl.author, 'templateReused'),
        );
        if (points === 0 && !random.chance(KEEP_CAPPED)) continue;
        claim(key, 'reuse', tpl.index, reuser, at, true);
        countReuse();
        if (points === 0) {
          usage('templateReused', tpl.author, reuser, 'template', tpl.id, at, 'dailyCapReached');
          continue;
        }
        addEarned(tpl.author, 'templateReused', points);
        pay(
          'templateReused',
          tpl.author,
          reuser,
          'template',
          tpl.id,
          at,
          points,
          `template-reuse:${ids.at(at)}`,
        );
      } else {
        // kudos: giver within the monthly budget (10), receiver skewed, pair damping, weekly cap.
        const giver = random.int(N);
        const receiver = (() => {
          const r = popular.sample(random);
          return r === giver ? other(giver) : r;
        })();
        const bkey = `${giver}|${keys.month}`;
        const used = budgetUsed.get(bkey) ?? 0;
        if (used >= 10) continue;
        const tkey = `${giver}|${receiver}|${keys.week}|kudosReceived`;
        const credits = targetCounts.get(tkey) ?? 0;
        if (perTargetCapReached(credits)) continue;
        const pair = giver < receiver ? `${giver}|${receiver}` : `${receiver}|${giver}`;
        const since = kudosPairWindowStart(new Date(at)).getTime();
        const history = (pairHistory.get(pair) ?? []).filter((t) => t >= since);
        const points = dampedKudosPoints(DEFAULT_POINT_RULES.kudosReceived.points, history.length);
        const id = ids.at(at);
        const value = valueRows[random.int(valueRows.length)];
        const message = random.pick(KUDOS_MESSAGES);
        budgetUsed.set(bkey, used + 1);
        targetCounts.set(tkey, credits + (points > 0 ? 1 : 0));
        pairHistory.set(pair, [...history, at]);
        kudosCount += 1;
        w.add(KudosEntity, {
          id,
          organizationId: orgId,
          giverId: memberIds[giver],
          receiverId: memberIds[receiver],
          valueId: value.id,
          message,
          points,
          budgetMonth: keys.month,
          createdAt: new Date(at),
          reversedAt: null,
          reversedBy: null,
          reversalReason: null,
        });
        w.add(FeedItemEntity, {
          id: ids.at(at),
          organizationId: orgId,
          sourceKey: `kudos:${id}`,
          type: 'kudos',
          actorId: memberIds[giver],
          subjectId: memberIds[receiver],
          departmentId: memberDept[receiver],
          payload: JSON.stringify({
            kudos: { id, message, valueLabel: value.label, valueLabelEn: value.label_en, points },
          }),
          createdAt: new Date(at),
        });
        if (points === 0) {
          usage('kudosReceived', receiver, giver, 'kudos', id, at, 'zeroRule');
          continue;
        }
        pay('kudosReceived', receiver, giver, 'kudos', id, at, points, `kudos:${id}`);
      }
      bar.tick(ledgerEntries);
    }
    // The day is over: its day totals and daily-cap rows are final.
    for (const [member, points] of dayTotals) {
      w.add(MemberPointTotalEntity, {
        organizationId: orgId,
        memberId: memberIds[member],
        periodKey: keys.day,
        points,
        updatedAt: now,
      });
    }
    for (const [k, [genuine, counted]] of usageDays) {
      const [member, role, kind] = k.split('|');
      w.add(MemberUsageDayEntity, {
        organizationId: orgId,
        memberId: memberIds[Number(member)],
        role,
        kind,
        localDay: day,
        genuine,
        counted,
      });
    }
    for (const [k, points] of earned) {
      w.add(MemberDailyEarningEntity, {
        organizationId: orgId,
        memberId: memberIds[Math.floor(k / EVENT_KINDS.length)],
        localDay: day,
        kind: EVENT_KINDS[k % EVENT_KINDS.length],
        points,
      });
    }
  }
  writeMonth();
  bar.finish(ledgerEntries);
  // The event tables are complete: on MySQL/MariaDB their indexes are re-created in the
  // background while the rest is written.
  await w.complete(
    UsageEventEntity,
    LedgerEntryEntity,
    SuccessStoryEntity,
    KudosEntity,
    FeedItemEntity,
  );
  phase('events');

  // ---------------------------------------------------------------- content with final counters
  for (const post of posts) {
    if (w.full) await w.flush();
    const reviewBy = localDate(new Date(post.at.getTime() + 180 * DAY_MS), settings.timeZone);
    w.add(KnowledgePostEntity, {
      id: post.id,
      organizationId: orgId,
      authorId: memberIds[post.author],
      ownerId: memberIds[post.author],
      departmentId: memberDept[post.author],
      title: post.title,
      bodyMarkdown: post.body,
      status: 'published',
      reviewBy,
      publishedAt: post.at,
      lastReviewedAt: null,
      publishCount: 1,
      viewCount: post.viewCount,
      likeCount: post.likeCount,
      commentCount: 0,
      createdAt: post.at,
      updatedAt: post.at,
    });
    for (const tag of post.tags) {
      w.add(KnowledgePostTagEntity, { postId: post.id, tag, organizationId: orgId });
    }
    addSearchDocument(
      w,
      orgId,
      'knowledgePost',
      post.id,
      post.title,
      post.body,
      post.tags,
      memberDept[post.author],
      post.viewCount + post.likeCount,
      post.at,
    );
  }
  for (const tpl of templates) {
    if (w.full) await w.flush();
    w.add(PromptTemplateEntity, {
      id: tpl.id,
      organizationId: orgId,
      authorId: memberIds[tpl.author],
      title: tpl.title,
      description: tpl.description,
      categoryId: tpl.categoryId,
      kind: 'fill-in',
      targetTool: 'any',
      body: tpl.body,
      status: 'published',
      forkedFromId: null,
      publishCount: 1,
      reuseCount: tpl.reuseCount,
      forkCount: 0,
      createdAt: tpl.at,
      updatedAt: tpl.at,
    });
    addSearchDocument(
      w,
      orgId,
      'template',
      tpl.id,
      tpl.title,
      `${tpl.description}\n\n${tpl.body}`,
      [],
      null,
      tpl.reuseCount,
      tpl.at,
    );
  }
  for (const [k, r] of reusers) {
    const [templateId, member] = k.split('|');
    w.add(TemplateReuserEntity, {
      templateId,
      memberId: memberIds[Number(member)],
      organizationId: orgId,
      firstUsedAt: r.first,
      useCount: r.count,
    });
  }
  for (const [k, credits] of targetCounts) {
    const [actor, earner, weekKey, kind] = k.split('|');
    w.add(PointTargetWeeklyCountEntity, {
      organizationId: orgId,
      actorId: memberIds[Number(actor)],
      earnerId: memberIds[Number(earner)],
      weekKey,
      kind,
      credits,
    });
  }
  for (const [k, used] of budgetUsed) {
    const [giver, month] = k.split('|');
    w.add(KudosBudgetCounterEntity, {
      organizationId: orgId,
      giverId: memberIds[Number(giver)],
      month,
      used,
    });
  }
  for (const [periodKey, sums] of longTotals) {
    for (let member = 0; member < N; member++) {
      if (sums[member] === 0) continue;
      w.add(MemberPointTotalEntity, {
        organizationId: orgId,
        memberId: memberIds[member],
        periodKey,
        points: sums[member],
        updatedAt: now,
      });
    }
  }
  // The sorted tables are complete: written now, their rows leave the heap before the big
  // dedupe and search-token phases.
  await w.writeSorted();
  await w.complete(
    KnowledgePostEntity,
    KnowledgePostTagEntity,
    PromptTemplateEntity,
    SearchDocumentEntity,
    ...sorted,
  );
  phase('content');
  // Written in primary-key order (kind, post or template, member, day): the B-tree appends.
  const claimItems: Record<ClaimKind, { id: string }[]> = {
    like: posts,
    reuse: templates,
    view: posts,
  };
  for (const c of claims.ordered()) {
    const base = `${c.kind}:${claimItems[c.kind][c.item].id}:${memberIds[c.member]}`;
    w.add(PointDedupeKeyEntity, {
      organizationId: orgId,
      dedupeKey: c.day < 0 ? base : `${base}:${days[c.day]}`,
      createdAt: new Date(c.at),
    });
    if (w.full) await w.flush();
  }
  await w.complete(PointDedupeKeyEntity);
  phase('dedupe keys');
  for (const row of search.ordered(orgId)) {
    w.add(SearchTokenEntity, row);
    if (w.full) await w.flush();
  }
  phase('search tokens');
  // MySQL: the ledger and its totals were declared complete (committed) long ago, so
  // verifyLedger checks them on another connection while search_tokens' indexes are built.
  // SQLite has one connection: it checks after.
  const verifying = sqlite ? null : verifyLedger(dataSource).then(timedSince(Date.now()));
  verifying?.catch(() => undefined); // awaited below
  log(`generate: writing the sorted tables and re-creating the indexes…`);
  await w.close();
  phase('close');
  for (const [step, ms] of Object.entries(w.closeTimings)) timings[`writer: ${step}`] = ms / 1000;
  if (sqlite) {
    // Statistics from a sample of each index (as `PRAGMA optimize` takes them), not a full scan
    // of every index of a 20 GB file.
    await dataSource.query('PRAGMA analysis_limit = 1000');
    await dataSource.query('ANALYZE');
  } else {
    for (const table of [
      'ledger_entries',
      'member_point_totals',
      'usage_events',
      'search_tokens',
    ]) {
      await dataSource.query(`ANALYZE TABLE \`${table}\``);
    }
  }
  phase('analyze');
  log(`generate: checking the ledger (verifyLedger)…`);
  const [verify, verifySeconds] = await (verifying ??
    verifyLedger(dataSource).then(timedSince(Date.now())));
  phase('verify');
  timings['verifyLedger (own duration; MySQL: during close)'] = verifySeconds;
  return {
    members: N,
    departments: depts.length + DIVISIONS.length,
    teams: teamCount,
    posts: posts.length,
    templates: templates.length,
    stories: storyCount,
    kudos: kudosCount,
    ledgerEntries,
    usageEvents,
    rows: Object.fromEntries(w.written),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    timings,
    verify: {
      entries: verify.entries,
      totalsChecked: verify.totalsChecked,
      drift: verify.drift.length,
    },
  };
}

/** `then` callback pairing a result with the seconds since `started`. */
function timedSince(started: number): <T>(result: T) => [T, number] {
  return (result) => [result, Math.round((Date.now() - started) / 100) / 10];
}

function appendTo(lists: Map<number, number[]>, key: number, value: number): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** Event kinds by position: compact keys for the day's earnings. */
const EVENT_KINDS = Object.keys(DEFAULT_POINT_RULES) as PointEventKind[];

/** Dedupe key kinds in key order: `like:…` < `reuse:…` < `view:…`. */
const CLAIM_KINDS = ['like', 'reuse', 'view'] as const;
type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * point_dedupe_keys rows, held as numbers (kind, post or template, member, day, instant) and
 * listed in key order. Posts, templates and members are numbered in id order (UUIDv7 of their
 * creation instant), so (kind, item, member, day) order is the order of the key strings.
 */
class DedupeClaims {
  private kind = new Uint8Array(1024);
  private item = new Int32Array(1024);
  private member = new Int32Array(1024);
  private day = new Int16Array(1024);
  private at = new Float64Array(1024);
  length = 0;

  add(kind: ClaimKind, item: number, member: number, day: number, at: number): void {
    if (this.length === this.at.length) {
      const grow = <A extends Uint8Array | Int16Array | Int32Array | Float64Array>(a: A): A => {
        const next = new (a.constructor as new (n: number) => A)(a.length * 2);
        next.set(a);
        return next;
      };
      this.kind = grow(this.kind);
      this.item = grow(this.item);
      this.member = grow(this.member);
      this.day = grow(this.day);
      this.at = grow(this.at);
    }
    const i = this.length++;
    this.kind[i] = CLAIM_KINDS.indexOf(kind);
    this.item[i] = item;
    this.member[i] = member;
    this.day[i] = day;
    this.at[i] = at;
  }

  /** Every claim in key order (radix sort: day, member, item, kind). The object is reused. */
  *ordered(): Generator<{
    kind: ClaimKind;
    item: number;
    member: number;
    day: number;
    at: number;
  }> {
    const n = this.length;
    let order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    let spare = new Uint32Array(n);
    // Likes have no day (-1): shifted by one so every digit is ≥ 0.
    const digits: ((i: number) => number)[] = [
      (i) => this.day[i] + 1,
      (i) => this.member[i],
      (i) => this.item[i],
      (i) => this.kind[i],
    ];
    for (const digit of digits) {
      let max = 0;
      for (let i = 0; i < n; i++) max = Math.max(max, digit(i));
      const start = new Uint32Array(max + 2);
      for (let i = 0; i < n; i++) start[digit(i) + 1] += 1;
      for (let d = 1; d <= max + 1; d++) start[d] += start[d - 1];
      for (let i = 0; i < n; i++) {
        const c = order[i];
        spare[start[digit(c)]++] = c;
      }
      [order, spare] = [spare, order];
    }
    const row = { kind: CLAIM_KINDS[0] as ClaimKind, item: 0, member: 0, day: 0, at: 0 };
    for (let k = 0; k < n; k++) {
      const i = order[k];
      row.kind = CLAIM_KINDS[this.kind[i]];
      row.item = this.item[i];
      row.member = this.member[i];
      row.day = this.day[i];
      row.at = this.at[i];
      yield row;
    }
  }
}

/** The search_tokens rows SearchIndexService.index would write for the document. */
function indexTokensOf(
  search: SearchPostings,
  docType: string,
  docId: string,
  title: string,
  body: string,
  tags: string[],
): void {
  const weights = new Map<string, number>();
  const add = (tokens: string[], weight: number) => {
    for (const token of tokens) weights.set(token, (weights.get(token) ?? 0) + weight);
  };
  add(indexTokens(title), 4);
  add(indexTokens(tags.join(' ')), 2);
  add(indexTokens(markdownToText(body)), 1);
  const rows = new Map<string, number>();
  for (const [token, weight] of weights) {
    const t = token.slice(0, 64);
    rows.set(t, (rows.get(t) ?? 0) + weight);
  }
  search.add(docType, docId, rows);
}

function addSearchDocument(
  w: BulkWriter,
  orgId: string,
  docType: string,
  docId: string,
  title: string,
  body: string,
  tags: string[],
  departmentId: string | null,
  popularity: number,
  updatedAt: Date,
): void {
  const text = markdownToText(body);
  w.add(SearchDocumentEntity, {
    organizationId: orgId,
    docType,
    docId,
    title: title.slice(0, 200),
    bodyText: [...text].slice(0, 6_000).join(''),
    tags: `\n${tags.join('\n')}\n`.slice(0, 1000),
    departmentId,
    popularity,
    updatedAt,
  });
}

if (process.env.CHIENOWA_BENCH_TOOL === 'generate') {
  runMain('bench:generate', async () => {
    const opts = generateOptions(process.argv.slice(2));
    const where = opts.target.dialect === 'sqlite' ? opts.target.file : opts.target.url;
    process.stderr.write(
      `bench:generate: ${opts.members.toLocaleString('en-US')} members, ${opts.events.toLocaleString('en-US')} events, seed ${opts.seed} → ${where}\n`,
    );
    const summary = await generate(opts);
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    if (opts.json) fs.writeFileSync(opts.json, JSON.stringify(summary, null, 2));
    if (summary.verify.drift > 0) {
      process.stderr.write(
        `bench:generate: verifyLedger found ${summary.verify.drift} drifting totals\n`,
      );
      process.exitCode = 1;
    }
  });
}
