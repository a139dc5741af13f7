// Monthly team challenges (チャレンジ): validation, the default period, which usage counts
// for which metric, scoring (total or per head), standings with ties, winners, closing.
import { codePointLength } from '../shared/text';
import { cleanSingleLineText } from '../knowledge/post-content';
import { periodOf, type PeriodSettings } from '../periods/period';
import type { PointEventKind } from '../points/point-rules';
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';

export const CHALLENGE_METRICS = [
  'points',
  'knowledgePosts',
  'templateReuses',
  'hoursSaved',
  'activeMemberRate',
] as const;
export type ChallengeMetric = (typeof CHALLENGE_METRICS)[number];

export const CHALLENGE_SCORINGS = ['total', 'perHead'] as const;
export type ChallengeScoring = (typeof CHALLENGE_SCORINGS)[number];

export const CHALLENGE_UNIT_TYPES = ['team', 'department'] as const;
export type ChallengeUnitType = (typeof CHALLENGE_UNIT_TYPES)[number];

/** Stored states. "Upcoming" and "running" are both `active`, told apart by the clock. */
export const CHALLENGE_STATES = ['active', 'closed', 'cancelled'] as const;
export type ChallengeState = (typeof CHALLENGE_STATES)[number];

export type ChallengePhase = 'upcoming' | 'active' | 'closed' | 'cancelled';

export const CHALLENGE_TITLE_MAX = 100;
export const CHALLENGE_DESCRIPTION_MAX = 2000;
export const CHALLENGE_WINNER_POINTS_MAX = 1000;
export const CHALLENGE_MIN_UNITS = 2;
export const CHALLENGE_MAX_UNITS = 100;
export const CHALLENGE_TARGET_MAX = 1_000_000;

export const CHALLENGE_METRIC_LABELS: Record<ChallengeMetric, { ja: string; en: string }> = {
  points: { ja: 'ポイント', en: 'Points' },
  knowledgePosts: { ja: 'ナレッジ投稿数', en: 'Knowledge posts' },
  templateReuses: { ja: 'テンプレート再利用数', en: 'Template reuses' },
  hoursSaved: { ja: '削減時間', en: 'Hours saved' },
  activeMemberRate: { ja: 'アクティブ率', en: 'Active-member rate' },
};

// ---------------------------------------------------------------- period and phase

/** The calendar month containing `now` in the organization's time zone. */
export const defaultChallengePeriod = (
  now: Date,
  settings: PeriodSettings,
): { startsAt: Date; endsAt: Date } => {
  const month = periodOf('month', now, settings);
  return { startsAt: month.start, endsAt: month.end };
};

export const challengePhase = (
  state: ChallengeState,
  startsAt: Date,
  now: Date,
): ChallengePhase => {
  if (state !== 'active') return state;
  return startsAt.getTime() > now.getTime() ? 'upcoming' : 'active';
};

/** Whether the closing job should close it now (end reached, still open). */
export const isDueForClosing = (state: ChallengeState, endsAt: Date, now: Date): boolean =>
  state === 'active' && endsAt.getTime() <= now.getTime();

/** Definition changes are allowed only before the start (standings would change meaning). */
export const canEditChallenge = (state: ChallengeState, startsAt: Date, now: Date): boolean =>
  challengePhase(state, startsAt, now) === 'upcoming';

/** Cancelling is possible until the challenge has closed. */
export const canCancelChallenge = (state: ChallengeState): boolean => state === 'active';

// ---------------------------------------------------------------- validation

export type ChallengeInput = {
  title: string;
  description?: string | null;
  metric: ChallengeMetric;
  target: number;
  unitType: ChallengeUnitType;
  unitIds: readonly string[];
  /** Both omitted: the current calendar month. One omitted: taken from that month. */
  startsAt?: Date | null;
  endsAt?: Date | null;
  scoring: ChallengeScoring;
  winnerPoints?: number | null;
};

export type ChallengeDefinition = {
  title: string;
  description: string;
  metric: ChallengeMetric;
  /** Target × 100 (two decimals, exact as an integer). */
  targetX100: number;
  unitType: ChallengeUnitType;
  unitIds: string[];
  startsAt: Date;
  endsAt: Date;
  scoring: ChallengeScoring;
  winnerPoints: number;
};

const isValidDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/**
 * Validates a new (or edited, not yet started) challenge. `knownUnitIds` are the ids of the
 * organization's teams or departments of `unitType`; anything else is rejected.
 */
export const validateChallengeInput = (
  input: ChallengeInput,
  ctx: { now: Date; settings: PeriodSettings; knownUnitIds: ReadonlySet<string> },
): Result<ChallengeDefinition> => {
  const errors: FieldError[] = [];
  // As typed (no NFKC): full-width brackets and the like stay the author's.
  const title = cleanSingleLineText(input.title ?? '');
  if (title === '') {
    errors.push(fieldError('title', 'challenge.titleRequired', 'Enter a title.'));
  } else if (codePointLength(title) > CHALLENGE_TITLE_MAX) {
    errors.push(
      fieldError(
        'title',
        'challenge.titleTooLong',
        `Use at most ${CHALLENGE_TITLE_MAX} characters.`,
      ),
    );
  }
  const description = (input.description ?? '').trim();
  if (codePointLength(description) > CHALLENGE_DESCRIPTION_MAX) {
    errors.push(
      fieldError(
        'description',
        'challenge.descriptionTooLong',
        `Use at most ${CHALLENGE_DESCRIPTION_MAX} characters.`,
      ),
    );
  }
  if (!CHALLENGE_METRICS.includes(input.metric)) {
    errors.push(fieldError('metric', 'challenge.metricInvalid', 'Choose a metric.'));
  }
  if (!CHALLENGE_SCORINGS.includes(input.scoring)) {
    errors.push(fieldError('scoring', 'challenge.scoringInvalid', 'Choose total or per head.'));
  }
  let targetX100 = 0;
  const target = input.target;
  if (typeof target !== 'number' || !Number.isFinite(target) || target <= 0) {
    errors.push(fieldError('target', 'challenge.targetInvalid', 'Enter a target above 0.'));
  } else if (input.metric === 'activeMemberRate' && target > 100) {
    errors.push(
      fieldError(
        'target',
        'challenge.targetTooHigh',
        'A rate target is a percentage (at most 100).',
      ),
    );
  } else if (target > CHALLENGE_TARGET_MAX) {
    errors.push(
      fieldError(
        'target',
        'challenge.targetTooHigh',
        `Enter at most ${CHALLENGE_TARGET_MAX.toLocaleString('en-US')}.`,
      ),
    );
  } else {
    targetX100 = Math.round(target * 100);
    if (Math.abs(targetX100 - target * 100) > 1e-6 || targetX100 === 0) {
      errors.push(
        fieldError('target', 'challenge.targetInvalid', 'Use at most two decimal places.'),
      );
    }
  }
  if (!CHALLENGE_UNIT_TYPES.includes(input.unitType)) {
    errors.push(
      fieldError('unitType', 'challenge.unitTypeInvalid', 'Choose teams or departments.'),
    );
  }
  const unitIds = [...new Set(input.unitIds ?? [])];
  if (unitIds.length < CHALLENGE_MIN_UNITS) {
    errors.push(
      fieldError(
        'unitIds',
        'challenge.tooFewUnits',
        `Choose at least ${CHALLENGE_MIN_UNITS} teams or departments.`,
      ),
    );
  } else if (unitIds.length > CHALLENGE_MAX_UNITS) {
    errors.push(
      fieldError(
        'unitIds',
        'challenge.tooManyUnits',
        `Choose at most ${CHALLENGE_MAX_UNITS} teams or departments.`,
      ),
    );
  } else if (unitIds.some((id) => !ctx.knownUnitIds.has(id))) {
    errors.push(
      fieldError(
        'unitIds',
        'challenge.unknownUnit',
        'Every participant must be a team or department of your organization.',
      ),
    );
  }
  const month = defaultChallengePeriod(ctx.now, ctx.settings);
  const startsAt = input.startsAt ?? month.startsAt;
  const endsAt = input.endsAt ?? month.endsAt;
  if (!isValidDate(startsAt)) {
    errors.push(fieldError('startsAt', 'challenge.startInvalid', 'Enter a valid start.'));
  }
  if (!isValidDate(endsAt)) {
    errors.push(fieldError('endsAt', 'challenge.endInvalid', 'Enter a valid end.'));
  }
  if (isValidDate(startsAt) && isValidDate(endsAt)) {
    if (endsAt.getTime() <= startsAt.getTime()) {
      errors.push(
        fieldError('endsAt', 'challenge.endBeforeStart', 'The end must be after the start.'),
      );
    } else if (endsAt.getTime() <= ctx.now.getTime()) {
      errors.push(fieldError('endsAt', 'challenge.endInPast', 'The end must be in the future.'));
    }
  }
  const winnerPoints = input.winnerPoints ?? 0;
  if (
    !Number.isInteger(winnerPoints) ||
    winnerPoints < 0 ||
    winnerPoints > CHALLENGE_WINNER_POINTS_MAX
  ) {
    errors.push(
      fieldError(
        'winnerPoints',
        'challenge.winnerPointsOutOfRange',
        `Enter a whole number from 0 to ${CHALLENGE_WINNER_POINTS_MAX}.`,
      ),
    );
  }
  if (errors.length > 0) return fail(errors);
  return ok({
    title,
    description,
    metric: input.metric,
    targetX100,
    unitType: input.unitType,
    unitIds,
    startsAt,
    endsAt,
    scoring: input.scoring,
    winnerPoints,
  });
};

// ---------------------------------------------------------------- what counts

/** A usage fact as the points ledger reports it (see the 'usage' activity event). */
export type ChallengeUsage = {
  kind: PointEventKind;
  actorId: string | null;
  earnerId: string;
  sourceId: string;
  counted: boolean;
  points: number;
  occurredAt: Date;
};

/** Kinds that make the earner (the author) active: a contribution. */
export const CHALLENGE_CONTRIBUTION_KINDS: readonly PointEventKind[] = [
  'knowledgePublished',
  'templatePublished',
  'storyApproved',
  'knowledgeReviewed',
];
/** Kinds that make the actor active: using a colleague's template. */
export const CHALLENGE_TEMPLATE_USE_KINDS: readonly PointEventKind[] = [
  'templateReused',
  'templateForked',
];

/** The member a usage makes "active" (アクティブ), or null. */
export const challengeActiveMemberOf = (
  usage: Pick<ChallengeUsage, 'kind' | 'actorId' | 'earnerId'>,
) => {
  if (CHALLENGE_CONTRIBUTION_KINDS.includes(usage.kind)) return usage.earnerId;
  if (CHALLENGE_TEMPLATE_USE_KINDS.includes(usage.kind)) return usage.actorId;
  return null;
};

/**
 * What one usage adds to a challenge: the member credited, the amount, and a key that is
 * unique per counted fact (a repeated delivery adds nothing). Hours saved do not come from
 * usage (see storyApproval). Null: the usage does not count for this metric.
 *   points          counted points, to the earner
 *   knowledgePosts  each knowledge post published (once per post), to the author
 *   templateReuses  each counted reuse, to the template's author
 *   activeMemberRate the member made active (once per member)
 */
export const usageContribution = (
  metric: ChallengeMetric,
  usage: ChallengeUsage,
): { memberId: string; amount: number; key: string } | null => {
  const at = usage.occurredAt.getTime();
  switch (metric) {
    case 'points':
      return usage.counted && usage.points !== 0
        ? {
            memberId: usage.earnerId,
            amount: usage.points,
            key: `p:${usage.kind}:${usage.sourceId}:${usage.actorId ?? '-'}:${at}`,
          }
        : null;
    case 'knowledgePosts':
      return usage.kind === 'knowledgePublished'
        ? { memberId: usage.earnerId, amount: 1, key: `k:${usage.sourceId}` }
        : null;
    case 'templateReuses':
      return usage.kind === 'templateReused' && usage.counted
        ? {
            memberId: usage.earnerId,
            amount: 1,
            key: `r:${usage.sourceId}:${usage.actorId ?? '-'}:${at}`,
          }
        : null;
    case 'activeMemberRate': {
      const member = challengeActiveMemberOf(usage);
      return member ? { memberId: member, amount: 1, key: `a:${member}` } : null;
    }
    case 'hoursSaved':
      return null;
    default: {
      const unknown: never = metric;
      throw new RangeError(`Unknown metric ${String(unknown)}`);
    }
  }
};

/** Minutes saved per month by an approved story, rounded to whole minutes (the hoursSaved unit). */
export const challengeStoryMinutes = (story: {
  minutesBeforeX100: number;
  minutesAfterX100: number;
  occurrencesPerMonthX100: number;
}): number =>
  Math.round(
    ((story.minutesBeforeX100 - story.minutesAfterX100) * story.occurrencesPerMonthX100) / 10_000,
  );

// ---------------------------------------------------------------- scoring and standings

/** A score as an exact fraction, so per-head comparisons (7/4 vs 70/40) tie exactly. */
export type ChallengeScore = { num: number; den: number };

/**
 * The raw value of a unit: points, posts, reuses, minutes saved (hoursSaved) or the number of
 * distinct active members (activeMemberRate).
 */
export const challengeScore = (
  metric: ChallengeMetric,
  scoring: ChallengeScoring,
  raw: number,
  headcount: number,
): ChallengeScore => {
  const unitFactor = metric === 'hoursSaved' ? 60 : 1;
  if (metric === 'activeMemberRate') {
    // Always a rate: percentage of the unit's active members.
    return headcount > 0 ? { num: raw * 100, den: headcount } : { num: 0, den: 1 };
  }
  if (scoring === 'perHead') {
    return headcount > 0 ? { num: raw, den: headcount * unitFactor } : { num: 0, den: 1 };
  }
  return { num: raw, den: unitFactor };
};

export const compareChallengeScores = (a: ChallengeScore, b: ChallengeScore): number =>
  a.num * b.den - b.num * a.den;

export const challengeScoreValue = (s: ChallengeScore): number => s.num / s.den;

/** 0..1 toward the target (target in the metric's display unit: points, hours, percent …). */
export const challengeProgress = (score: ChallengeScore, targetX100: number): number =>
  targetX100 <= 0 ? 0 : Math.min(1, (score.num * 100) / (score.den * targetX100));

export type ChallengeUnitResult = {
  unitId: string;
  name: string;
  raw: number;
  headcount: number;
};

export type ChallengeStanding = ChallengeUnitResult & {
  rank: number;
  /** Total or per head, in the metric's display unit (hours for hoursSaved, % for the rate). */
  value: number;
  progress: number;
  winner: boolean;
};

const nameCollator = new Intl.Collator('ja');

/**
 * Standings: by score descending (exact fractions), equal scores share a rank (1, 1, 3), ties
 * ordered by name. Winners are every unit ranked first, provided it scored above zero (nobody
 * wins a challenge nobody took part in).
 */
export const rankChallengeStandings = (
  units: readonly ChallengeUnitResult[],
  def: { metric: ChallengeMetric; scoring: ChallengeScoring; targetX100: number },
): ChallengeStanding[] => {
  const scored = units.map((u) => ({
    unit: u,
    score: challengeScore(def.metric, def.scoring, u.raw, u.headcount),
  }));
  scored.sort(
    (a, b) =>
      compareChallengeScores(b.score, a.score) ||
      nameCollator.compare(a.unit.name, b.unit.name) ||
      (a.unit.unitId < b.unit.unitId ? -1 : 1),
  );
  const standings: ChallengeStanding[] = [];
  scored.forEach(({ unit, score }, index) => {
    const previous = index > 0 ? scored[index - 1] : null;
    const rank =
      previous && compareChallengeScores(previous.score, score) === 0
        ? standings[index - 1].rank
        : index + 1;
    standings.push({
      ...unit,
      rank,
      value: challengeScoreValue(score),
      progress: challengeProgress(score, def.targetX100),
      winner: rank === 1 && score.num > 0,
    });
  });
  return standings;
};

/** Winner points go to each active member of each winning unit, once (a member in two winning teams is paid once). */
export const challengeWinnerMemberIds = (
  standings: readonly ChallengeStanding[],
  membersByUnit: ReadonlyMap<string, readonly string[]>,
): string[] => {
  const ids = new Set<string>();
  for (const s of standings) {
    if (!s.winner) continue;
    for (const id of membersByUnit.get(s.unitId) ?? []) ids.add(id);
  }
  return [...ids].sort();
};

/** The ledger entry key of a winner payout: one per challenge and member, ever. */
export const challengeWinEntryKey = (challengeId: string, memberId: string): string =>
  `challenge:${challengeId}:win:${memberId}`;
