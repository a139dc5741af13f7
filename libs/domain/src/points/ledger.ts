// The points ledger: append-only entries, each saying why (rule and version, source, actor).
// A correction is a reversal entry pointing at the entry it cancels; nothing is edited or
// deleted. Totals per period are derived from entries; totalsByPeriod is the reference
// implementation that `ledger:verify` and the tests compare maintained totals against.
import { type Locale } from '../organization/organization-settings';
import { periodKeys, type PeriodKind, type PeriodSettings } from '../periods/period';
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';
import {
  DEFAULT_POINT_RULES,
  POINT_CATEGORIES,
  type PointCategory,
  type PointEventKind,
  type PointSourceType,
} from './point-rules';
import { validateIdempotencyKey } from './idempotency';

export type LedgerEntry = {
  id: string;
  memberId: string;
  /** Whole points; negative only for reversals and manual adjustments. Never 0. */
  points: number;
  kind: PointEventKind;
  category: PointCategory;
  /** Version of the point rules that paid the entry (a reversal keeps the original's). */
  ruleVersion: number;
  sourceType: PointSourceType;
  sourceId: string;
  actorId: string | null;
  occurredAt: Date;
  /** Unique per organization: recording the same event twice never writes twice. */
  idempotencyKey: string;
  reversesEntryId: string | null;
  /** Free text for reversals and adjustments ("unpublished", an admin's note …). */
  reason: string | null;
};

// ---------------------------------------------------------------- period keys

/** Key of the all-time total; period keys never collide with it or with each other. */
export const ALL_TIME_KEY = 'all';

/** The keys of every running total an entry at that instant belongs to. */
export type TotalPeriodKeys = Record<PeriodKind, string> & { all: typeof ALL_TIME_KEY };

export const totalPeriodKeys = (instant: Date, settings: PeriodSettings): TotalPeriodKeys => ({
  ...periodKeys(instant, settings),
  all: ALL_TIME_KEY,
});

// ---------------------------------------------------------------- building entries

/** A counted award (see decideAward) as a ledger entry. */
export const ledgerEntryFor = (
  award: {
    points: number;
    kind: PointEventKind;
    category: PointCategory;
    ruleVersion: number;
  },
  event: {
    earnerId: string;
    actorId: string | null;
    sourceType: PointSourceType;
    sourceId: string;
    occurredAt: Date;
  },
  meta: { id: string; idempotencyKey: string; reason?: string | null },
): LedgerEntry => ({
  id: meta.id,
  memberId: event.earnerId,
  points: award.points,
  kind: award.kind,
  category: award.category,
  ruleVersion: award.ruleVersion,
  sourceType: event.sourceType,
  sourceId: event.sourceId,
  actorId: event.actorId,
  occurredAt: event.occurredAt,
  idempotencyKey: meta.idempotencyKey,
  reversesEntryId: null,
  reason: meta.reason ?? null,
});

/**
 * The entry that cancels `entry`: negated points, same member, kind, category, rule version,
 * source and actor (so it reads as "that event, taken back"), dated `at`. A reversal counts in
 * the periods of `at`, not of the original: closed periods never change after the fact (a
 * locked HR export stays reproducible). Check validateReversal first; this throws RangeError
 * when asked to reverse a reversal or without a reason.
 */
export const reversalOf = (
  entry: LedgerEntry,
  options: { id: string; at: Date; idempotencyKey: string; reason: string },
): LedgerEntry => {
  if (entry.reversesEntryId !== null) throw new RangeError('A reversal cannot be reversed');
  const reason = options.reason.trim();
  if (reason === '') throw new RangeError('A reversal needs a reason');
  return {
    ...entry,
    id: options.id,
    points: -entry.points,
    occurredAt: options.at,
    idempotencyKey: options.idempotencyKey,
    reversesEntryId: entry.id,
    reason,
  };
};

/**
 * Whether `original` may be reversed, given the reversals already written (any entries; those
 * pointing at `original` count). A reversal is final: it is never reversed itself (re-award
 * with a new entry instead) and an entry is reversed at most once.
 */
export const validateReversal = (
  original: LedgerEntry,
  existingReversals: readonly LedgerEntry[],
): Result<LedgerEntry> => {
  if (original.reversesEntryId !== null) {
    return fail([
      fieldError(
        'entryId',
        'reversal.ofReversal',
        'This entry is itself a reversal and cannot be reversed; record a new entry instead.',
      ),
    ]);
  }
  if (existingReversals.some((r) => r.reversesEntryId === original.id)) {
    return fail([
      fieldError('entryId', 'reversal.alreadyReversed', 'This entry has already been reversed.'),
    ]);
  }
  return ok(original);
};

/** Invariants every stored entry satisfies; `ledger:verify` reports entries that break them. */
export const validateLedgerEntry = (entry: LedgerEntry): Result<LedgerEntry> => {
  const errors: FieldError[] = [];
  if (!Number.isSafeInteger(entry.points) || entry.points === 0) {
    errors.push(
      fieldError('points', 'entry.invalidPoints', 'Points must be a whole number other than 0.'),
    );
  } else if (
    entry.points < 0 &&
    entry.reversesEntryId === null &&
    entry.kind !== 'manualAdjustment'
  ) {
    errors.push(
      fieldError(
        'points',
        'entry.negativeNotAllowed',
        'Only reversals and manual adjustments may have negative points.',
      ),
    );
  }
  if (entry.category !== DEFAULT_POINT_RULES[entry.kind].category) {
    errors.push(
      fieldError(
        'category',
        'entry.categoryMismatch',
        `${entry.kind} entries belong to the category ${DEFAULT_POINT_RULES[entry.kind].category}.`,
      ),
    );
  }
  if (!Number.isInteger(entry.ruleVersion) || entry.ruleVersion < 1) {
    errors.push(
      fieldError('ruleVersion', 'entry.invalidRuleVersion', 'The rule version must be 1 or more.'),
    );
  }
  if (!(entry.occurredAt instanceof Date) || Number.isNaN(entry.occurredAt.getTime())) {
    errors.push(
      fieldError('occurredAt', 'entry.invalidTime', 'The entry time must be a valid date.'),
    );
  }
  const key = validateIdempotencyKey(entry.idempotencyKey);
  if (!key.ok) errors.push(...key.errors);
  if (entry.reversesEntryId === entry.id) {
    errors.push(
      fieldError('reversesEntryId', 'entry.reversesItself', 'An entry cannot reverse itself.'),
    );
  }
  return errors.length > 0 ? fail(errors) : ok(entry);
};

// ---------------------------------------------------------------- totals

const add = (totals: Map<string, number>, key: string, points: number) =>
  totals.set(key, (totals.get(key) ?? 0) + points);

/**
 * Sum of the entries per period key (day, ISO week, month, fiscal quarter/half/year in the
 * organization's zone, and 'all'), reversals included. Pass one member's entries for that
 * member's totals; see totalsByMemberAndPeriod for a whole ledger.
 */
export const totalsByPeriod = (
  entries: Iterable<LedgerEntry>,
  settings: PeriodSettings,
): Map<string, number> => {
  const totals = new Map<string, number>();
  for (const entry of entries) {
    for (const key of Object.values(totalPeriodKeys(entry.occurredAt, settings))) {
      add(totals, key, entry.points);
    }
  }
  return totals;
};

/** memberId → period key → points, for comparing a whole organization's maintained totals. */
export const totalsByMemberAndPeriod = (
  entries: Iterable<LedgerEntry>,
  settings: PeriodSettings,
): Map<string, Map<string, number>> => {
  const byMember = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    const list = byMember.get(entry.memberId);
    if (list) list.push(entry);
    else byMember.set(entry.memberId, [entry]);
  }
  return new Map(
    [...byMember].map(([memberId, list]) => [memberId, totalsByPeriod(list, settings)]),
  );
};

/** Points per HR-export category (all categories present, 0 when none). */
export const totalsByCategory = (entries: Iterable<LedgerEntry>): Record<PointCategory, number> => {
  const totals = Object.fromEntries(POINT_CATEGORIES.map((c) => [c, 0])) as Record<
    PointCategory,
    number
  >;
  for (const entry of entries) totals[entry.category] += entry.points;
  return totals;
};

// ---------------------------------------------------------------- explanations

export type EntryNames = {
  /** The actor's display name; null when unknown or removed. */
  actorName: string | null;
  /** Title of the source (post, template, story, badge, challenge, kudos value); null if gone. */
  sourceTitle: string | null;
};

const NUMBER = new Intl.NumberFormat('en-US');
// U+2212 MINUS SIGN: the typographic minus, as in 「（取り消し）−5」.
const formatPoints = (points: number): string =>
  `${points < 0 ? '\u2212' : '+'}${NUMBER.format(Math.abs(points))}`;

const describeJa = (entry: LedgerEntry, names: EntryNames): string => {
  const a = names.actorName === null ? 'メンバー' : `${names.actorName}さん`;
  const t = `『${names.sourceTitle ?? '（削除済み）'}』`;
  switch (entry.kind) {
    case 'knowledgePublished':
      return `ナレッジ${t}を公開しました`;
    case 'viewReceived':
      return `${a}があなたのナレッジ${t}を閲覧しました`;
    case 'likeReceived':
      return `${a}があなたのナレッジ${t}に「役に立った」をつけました`;
    case 'templatePublished':
      return `テンプレート${t}を公開しました`;
    case 'templateReused':
      return `${a}があなたのテンプレート${t}を使いました`;
    case 'templateForked':
      return `${a}があなたのテンプレート${t}をフォークしました`;
    case 'storyApproved':
      return `${a}があなたの成功事例${t}を承認しました`;
    case 'storyTemplateBonus':
      return `${a}の成功事例${t}であなたのテンプレートが使われました`;
    case 'knowledgeReviewed':
      return `ナレッジ${t}を見直しました`;
    case 'kudosReceived':
      return `${a}から称賛が届きました${names.sourceTitle === null ? '' : `（${names.sourceTitle}）`}`;
    case 'badgeAwarded':
      return `バッジ${t}を獲得しました`;
    case 'challengeWon':
      return `チャレンジ${t}で優勝しました`;
    case 'manualAdjustment':
      return `${a}による調整${entry.reason && entry.reversesEntryId === null ? `：${entry.reason}` : ''}`;
    default: {
      const unknownKind: never = entry.kind;
      return String(unknownKind);
    }
  }
};

const describeEn = (entry: LedgerEntry, names: EntryNames): string => {
  const A = names.actorName ?? 'A member';
  const a = names.actorName ?? 'a member';
  const t = `“${names.sourceTitle ?? '(deleted)'}”`;
  switch (entry.kind) {
    case 'knowledgePublished':
      return `You published the knowledge post ${t}`;
    case 'viewReceived':
      return `${A} viewed your knowledge post ${t}`;
    case 'likeReceived':
      return `${A} found your knowledge post ${t} helpful`;
    case 'templatePublished':
      return `You published the template ${t}`;
    case 'templateReused':
      return `${A} used your template ${t}`;
    case 'templateForked':
      return `${A} forked your template ${t}`;
    case 'storyApproved':
      return `${A} approved your success story ${t}`;
    case 'storyTemplateBonus':
      return `Your template was used in ${a}’s success story ${t}`;
    case 'knowledgeReviewed':
      return `You reviewed the knowledge post ${t}`;
    case 'kudosReceived':
      return `${A} gave you kudos${names.sourceTitle === null ? '' : ` (${names.sourceTitle})`}`;
    case 'badgeAwarded':
      return `You earned the badge ${t}`;
    case 'challengeWon':
      return `You won the challenge ${t}`;
    case 'manualAdjustment':
      return `Adjustment by ${a}${entry.reason && entry.reversesEntryId === null ? `: ${entry.reason}` : ''}`;
    default: {
      const unknownKind: never = entry.kind;
      return String(unknownKind);
    }
  }
};

/**
 * One line a member or HR reads in the points history, e.g.
 * 「鈴木さんがあなたのテンプレート『議事録要約』を使いました +5」 /
 * "Suzuki used your template “議事録要約” +5", and for a reversal
 * 「…を使いました（取り消し：理由）−5」 / "… (reversed: reason) −5".
 */
export const describeEntry = (entry: LedgerEntry, names: EntryNames, locale: Locale): string => {
  const reversed = entry.reversesEntryId !== null;
  const points = formatPoints(entry.points);
  if (locale === 'ja') {
    // The closing bracket already separates the points, as in 「…（取り消し）−5」.
    const note = reversed ? `（取り消し${entry.reason ? `：${entry.reason}` : ''}）` : ' ';
    return `${describeJa(entry, names)}${note}${points}`;
  }
  const note = reversed ? ` (reversed${entry.reason ? `: ${entry.reason}` : ''})` : '';
  return `${describeEn(entry, names)}${note} ${points}`;
};
