// Adoption analytics (利用状況): who is active, trends, contributions, hours saved, content
// health, per department. The API gathers facts with a few GROUP BY queries over the range;
// everything below is pure arithmetic on those facts, so it is checked on fixtures.
//
// Definitions (the dashboard's help text says the same):
// - Active member (アクティブ): at least one contribution or template use in the period, counted
//   for points or not (a same-day duplicate adds nothing): as the actor of knowledgePublished,
//   templatePublished, knowledgeReviewed or templateReused, or as the author (earner) of
//   storyApproved. Views, likes and kudos alone do not make a member active.
// - Members of a period: accounts created before the period's end and not deactivated by
//   then (inactive accounts without a deactivation date are never members). A member belongs
//   to their current department. The active rate is active members ÷ members, both counted
//   among the members of the period's end, so it never exceeds 1.
// - Trend periods are the ISO weeks and calendar months (organization time zone) that overlap
//   the range; each counts activity on its days inside the range and members at
//   min(period end, range end).
// - Hours saved: an approved story saves its hoursSavedPerMonth in every calendar month from
//   its approval month on (the approval month counts in full). "Per month" is the sum over
//   stories approved by that month's end; "cumulative" adds the months of the range. Stories
//   count while they are approved now; they belong to the author's current department.
// - Dead content: published knowledge posts, published before the 90-day window that ends on
//   `to`, with no view by anyone but the author in that window. Stale content: published
//   posts whose review-by day is before `to`. Both belong to the owner's department.
import { periodOf, type PeriodSettings } from '../periods/period';
import { zonedStartOfCivilDay } from '../periods/zoned-time';
import {
  addDays,
  civilDateToUtcMs,
  compareCivilDates,
  formatCivilDate,
  parseCivilDate,
  type CivilDate,
} from '../shared/civil-date';
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';
import { roundHours } from '../stories/hours-saved';

export const ANALYTICS_MAX_DAYS = 731;
export const DEAD_CONTENT_WINDOW_DAYS = 90;
export const ANALYTICS_TOP_N = 10;
export const ANALYTICS_CONTENT_LIMIT = 200;

/** Kinds whose actor is active; storyApproved makes its earner (the author) active. */
export const ACTIVE_ACTOR_KINDS = [
  'knowledgePublished',
  'templatePublished',
  'knowledgeReviewed',
  'templateReused',
] as const;
export const ACTIVE_EARNER_KINDS = ['storyApproved'] as const;

/** Contribution columns per week and the usage kind each counts (by its contributor). */
export const ADOPTION_CONTRIBUTION_COLUMNS = {
  posts: 'knowledgePublished',
  templates: 'templatePublished',
  stories: 'storyApproved',
  reuses: 'templateReused',
  reviews: 'knowledgeReviewed',
  kudos: 'kudosReceived',
} as const;
export type AdoptionContributionColumn = keyof typeof ADOPTION_CONTRIBUTION_COLUMNS;
export const CONTRIBUTION_KINDS: readonly string[] = Object.values(ADOPTION_CONTRIBUTION_COLUMNS);

/** Who a usage kind is credited to as a contribution: the earner for stories, else the actor. */
export const contributorRole = (kind: string): 'actor' | 'earner' =>
  (ACTIVE_EARNER_KINDS as readonly string[]).includes(kind) ? 'earner' : 'actor';

const isActiveKind = (kind: string): boolean =>
  (ACTIVE_ACTOR_KINDS as readonly string[]).includes(kind) ||
  (ACTIVE_EARNER_KINDS as readonly string[]).includes(kind);

// ---------------------------------------------------------------- range

export type AnalyticsRange = {
  from: string;
  to: string;
  /** [start, end) instants in the organization's zone. */
  start: Date;
  end: Date;
};

/**
 * Two local days, inclusive, from ≤ to, at most 731 days. Codes on fields from/to:
 * analytics.invalidDate, analytics.inverted, analytics.tooLong.
 */
export const validateAnalyticsRange = (
  input: { from: string; to: string },
  settings: PeriodSettings,
): Result<AnalyticsRange> => {
  const errors: FieldError[] = [];
  const from = parseCivilDate(input.from.trim());
  const to = parseCivilDate(input.to.trim());
  if (!from) errors.push(fieldError('from', 'analytics.invalidDate', 'Enter from as YYYY-MM-DD.'));
  if (!to) errors.push(fieldError('to', 'analytics.invalidDate', 'Enter to as YYYY-MM-DD.'));
  if (!from || !to) return fail(errors);
  if (compareCivilDates(from, to) > 0) {
    return fail([fieldError('to', 'analytics.inverted', 'to must not be before from.')]);
  }
  if (daysBetween(from, to) + 1 > ANALYTICS_MAX_DAYS) {
    return fail([
      fieldError('to', 'analytics.tooLong', `A range spans at most ${ANALYTICS_MAX_DAYS} days.`),
    ]);
  }
  return ok({
    from: formatCivilDate(from),
    to: formatCivilDate(to),
    start: zonedStartOfCivilDay(from, settings.timeZone),
    end: zonedStartOfCivilDay(addDays(to, 1), settings.timeZone),
  });
};

const daysBetween = (a: CivilDate, b: CivilDate): number =>
  Math.round((civilDateToUtcMs(b) - civilDateToUtcMs(a)) / 86_400_000);

/** First day of the dead-content window ending on `to` (90 days, `to` included). */
export const deadContentWindowStart = (to: string): string =>
  formatCivilDate(addDays(parseCivilDate(to)!, -(DEAD_CONTENT_WINDOW_DAYS - 1)));

// ---------------------------------------------------------------- facts

export type RosterMember = {
  memberId: string;
  name: string;
  departmentId: string | null;
  createdAt: Date;
  active: boolean;
  deactivatedAt: Date | null;
};

/** Usage events per contributor, local day and kind (same-day duplicates excluded). */
export type ActivityFact = { memberId: string; day: string; kind: string; count: number };

export type StoryFact = {
  authorId: string;
  approvedAt: Date;
  /** Hours saved per month, unrounded (hoursSavedPerMonth(...).hoursExact). */
  hoursPerMonth: number;
  templateIds: readonly string[];
};

export type TemplateFact = { templateId: string; title: string; authorId: string };
/** Reuses of a template in the range by members in scope (self-reuses and duplicates excluded). */
export type TemplateReuseFact = { templateId: string; reuses: number };
export type PointsFact = { memberId: string; points: number };
export type PostFact = {
  postId: string;
  title: string;
  ownerId: string;
  publishedAt: Date | null;
  reviewBy: string;
  /** Last local day someone other than the author viewed it, up to `to`; null = never. */
  lastViewedOn: string | null;
};
export type DepartmentFact = { id: string; name: string; parentId?: string | null };

export type AdoptionFacts = {
  roster: readonly RosterMember[];
  departments: readonly DepartmentFact[];
  activity: readonly ActivityFact[];
  stories: readonly StoryFact[];
  templates: readonly TemplateFact[];
  templateReuses: readonly TemplateReuseFact[];
  points: readonly PointsFact[];
  posts: readonly PostFact[];
};

// ---------------------------------------------------------------- result

export type ActiveRate = { activeMembers: number; members: number; rate: number };
export type DepartmentActiveRate = ActiveRate & { departmentId: string; name: string };
export type TrendPoint = ActiveRate & { periodKey: string; firstDay: string; lastDay: string };
export type ContributionWeek = { week: string; firstDay: string } & Record<
  AdoptionContributionColumn,
  number
>;
export type HoursSavedMonth = { month: string; hoursSaved: number; cumulativeHours: number };
export type TopTemplate = {
  templateId: string;
  title: string;
  authorId: string;
  authorName: string;
  reuses: number;
  hoursSavedPerMonth: number;
  hoursSaved: number;
};
export type TopContributor = {
  memberId: string;
  name: string;
  departmentId: string | null;
  points: number;
};
export type ContentItem = {
  postId: string;
  title: string;
  ownerId: string;
  ownerName: string;
  departmentId: string | null;
  publishedAt: Date | null;
  reviewBy: string;
  lastViewedOn: string | null;
};
export type DepartmentComparison = DepartmentActiveRate & {
  posts: number;
  reuses: number;
  hoursSaved: number;
  points: number;
};

export type AdoptionAnalytics = {
  from: string;
  to: string;
  activeRate: ActiveRate;
  departments: DepartmentActiveRate[];
  weeklyTrend: TrendPoint[];
  monthlyTrend: TrendPoint[];
  contributionsByWeek: ContributionWeek[];
  hoursSavedByMonth: HoursSavedMonth[];
  totalHoursSaved: number;
  topTemplatesByReuses: TopTemplate[];
  topTemplatesByHoursSaved: TopTemplate[];
  topContributors: TopContributor[];
  deadContent: ContentItem[];
  deadContentCount: number;
  staleContent: ContentItem[];
  staleContentCount: number;
  departmentComparison: DepartmentComparison[];
};

export type AdoptionScope = {
  /** Departments in view (with sub-departments already added); null = the whole organization. */
  departmentIds: readonly string[] | null;
};

// ---------------------------------------------------------------- computation

const rateOf = (active: number, members: number): ActiveRate => ({
  activeMembers: active,
  members,
  rate: members === 0 ? 0 : Math.round((active / members) * 10_000) / 10_000,
});

/** Whether the member counts at `instant` (see the definitions above). */
export const isMemberAt = (m: RosterMember, instant: Date): boolean =>
  m.createdAt.getTime() < instant.getTime() &&
  (m.deactivatedAt ? m.deactivatedAt.getTime() >= instant.getTime() : m.active);

type Bucket = { key: string; firstDay: string; lastDay: string; end: Date };

/** The ISO weeks or months overlapping the range, in order, clamped to the range. */
const bucketsOf = (
  kind: 'week' | 'month',
  range: AnalyticsRange,
  settings: PeriodSettings,
): { buckets: Bucket[]; dayToKey: Map<string, string> } => {
  const buckets: Bucket[] = [];
  const dayToKey = new Map<string, string>();
  const last = parseCivilDate(range.to)!;
  for (let d = parseCivilDate(range.from)!; compareCivilDates(d, last) <= 0; d = addDays(d, 1)) {
    const day = formatCivilDate(d);
    const current = buckets[buckets.length - 1];
    if (current && day <= current.lastDay) {
      dayToKey.set(day, current.key);
      continue;
    }
    const period = periodOf(kind, zonedStartOfCivilDay(d, settings.timeZone), settings);
    const clampedEnd = period.end.getTime() < range.end.getTime() ? period.end : range.end;
    buckets.push({
      key: period.key,
      firstDay: period.firstDay < range.from ? range.from : period.firstDay,
      lastDay: period.lastDay > range.to ? range.to : period.lastDay,
      end: clampedEnd,
    });
    dayToKey.set(day, period.key);
  }
  return { buckets, dayToKey };
};

const byName = <T extends { name: string; id?: string }>(a: T, b: T): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Top-level departments by name, each followed by its sub-departments by name. */
const hierarchyOrder = (departments: readonly DepartmentFact[]): DepartmentFact[] => {
  const ids = new Set(departments.map((d) => d.id));
  const isTop = (d: DepartmentFact) => !d.parentId || !ids.has(d.parentId);
  return departments
    .filter(isTop)
    .sort(byName)
    .flatMap((top) => [
      top,
      ...departments.filter((d) => !isTop(d) && d.parentId === top.id).sort(byName),
    ]);
};

/** Computes the dashboard from the facts of one range and scope. */
export const computeAdoption = (
  range: AnalyticsRange,
  settings: PeriodSettings,
  scope: AdoptionScope,
  facts: AdoptionFacts,
): AdoptionAnalytics => {
  const inScope = scope.departmentIds ? new Set(scope.departmentIds) : null;
  const roster = facts.roster.filter(
    (m) => !inScope || (m.departmentId !== null && inScope.has(m.departmentId)),
  );
  const byId = new Map(facts.roster.map((m) => [m.memberId, m]));
  const scoped = new Set(roster.map((m) => m.memberId));
  const activity = facts.activity.filter(
    (a) => scoped.has(a.memberId) && a.day >= range.from && a.day <= range.to,
  );
  const departments = hierarchyOrder(
    facts.departments.filter((d) => !inScope || inScope.has(d.id)),
  );

  const membersAtEnd = roster.filter((m) => isMemberAt(m, range.end));
  const activeIds = new Set(activity.filter((a) => isActiveKind(a.kind)).map((a) => a.memberId));
  const activeCount = (members: readonly RosterMember[]) =>
    members.filter((m) => activeIds.has(m.memberId)).length;

  const departmentRates: DepartmentActiveRate[] = departments.map((d) => {
    const members = membersAtEnd.filter((m) => m.departmentId === d.id);
    return { departmentId: d.id, name: d.name, ...rateOf(activeCount(members), members.length) };
  });

  const trend = (kind: 'week' | 'month'): TrendPoint[] => {
    const { buckets, dayToKey } = bucketsOf(kind, range, settings);
    const activeIn = new Map<string, Set<string>>();
    for (const a of activity) {
      if (!isActiveKind(a.kind)) continue;
      const key = dayToKey.get(a.day)!;
      const set = activeIn.get(key) ?? new Set<string>();
      set.add(a.memberId);
      activeIn.set(key, set);
    }
    return buckets.map((b) => {
      const members = roster.filter((m) => isMemberAt(m, b.end));
      const active = activeIn.get(b.key) ?? new Set<string>();
      return {
        periodKey: b.key,
        firstDay: b.firstDay,
        lastDay: b.lastDay,
        ...rateOf(members.filter((m) => active.has(m.memberId)).length, members.length),
      };
    });
  };

  // Contributions per ISO week by column.
  const weeks = bucketsOf('week', range, settings);
  const columnOf = new Map<string, AdoptionContributionColumn>(
    (Object.entries(ADOPTION_CONTRIBUTION_COLUMNS) as [AdoptionContributionColumn, string][]).map(
      ([c, k]) => [k, c],
    ),
  );
  const weekRows = new Map<string, ContributionWeek>(
    weeks.buckets.map((b) => [
      b.key,
      {
        week: b.key,
        firstDay: b.firstDay,
        posts: 0,
        templates: 0,
        stories: 0,
        reuses: 0,
        reviews: 0,
        kudos: 0,
      },
    ]),
  );
  for (const a of activity) {
    const column = columnOf.get(a.kind);
    if (!column) continue;
    weekRows.get(weeks.dayToKey.get(a.day)!)![column] += a.count;
  }

  // Hours saved per month, from the approval month on.
  const months = bucketsOf('month', range, settings).buckets;
  const stories = facts.stories.filter(
    (s) => scoped.has(s.authorId) && s.approvedAt.getTime() < range.end.getTime(),
  );
  const monthsCounted = (s: StoryFact): number =>
    months.filter((m) => s.approvedAt.getTime() < m.end.getTime()).length;
  let cumulative = 0;
  const hoursSavedByMonth = months.map((m) => {
    const exact = stories
      .filter((s) => s.approvedAt.getTime() < m.end.getTime())
      .reduce((sum, s) => sum + s.hoursPerMonth, 0);
    cumulative += exact;
    return { month: m.key, hoursSaved: roundHours(exact), cumulativeHours: roundHours(cumulative) };
  });

  // Templates.
  const reuses = new Map(facts.templateReuses.map((r) => [r.templateId, r.reuses]));
  const templateHours = new Map<string, { perMonth: number; inRange: number }>();
  for (const s of stories) {
    for (const id of new Set(s.templateIds)) {
      const t = templateHours.get(id) ?? { perMonth: 0, inRange: 0 };
      t.perMonth += s.hoursPerMonth;
      t.inRange += s.hoursPerMonth * monthsCounted(s);
      templateHours.set(id, t);
    }
  }
  const templates: TopTemplate[] = facts.templates.map((t) => ({
    templateId: t.templateId,
    title: t.title,
    authorId: t.authorId,
    authorName: byId.get(t.authorId)?.name ?? '',
    reuses: reuses.get(t.templateId) ?? 0,
    hoursSavedPerMonth: roundHours(templateHours.get(t.templateId)?.perMonth ?? 0),
    hoursSaved: roundHours(templateHours.get(t.templateId)?.inRange ?? 0),
  }));
  const tieBreak = (a: TopTemplate, b: TopTemplate) =>
    a.title < b.title ? -1 : a.title > b.title ? 1 : a.templateId < b.templateId ? -1 : 1;
  const topTemplatesByReuses = templates
    .filter((t) => t.reuses > 0)
    .sort((a, b) => b.reuses - a.reuses || tieBreak(a, b))
    .slice(0, ANALYTICS_TOP_N);
  const topTemplatesByHoursSaved = templates
    .filter((t) => t.hoursSaved > 0)
    .sort((a, b) => b.hoursSaved - a.hoursSaved || tieBreak(a, b))
    .slice(0, ANALYTICS_TOP_N);

  // Points.
  const pointsOf = new Map<string, number>();
  for (const p of facts.points) {
    if (scoped.has(p.memberId))
      pointsOf.set(p.memberId, (pointsOf.get(p.memberId) ?? 0) + p.points);
  }
  const topContributors: TopContributor[] = [...pointsOf.entries()]
    .filter(([, points]) => points > 0)
    .map(([memberId, points]) => {
      const m = byId.get(memberId)!;
      return { memberId, name: m.name, departmentId: m.departmentId, points };
    })
    .sort((a, b) => b.points - a.points || byName(a, b) || (a.memberId < b.memberId ? -1 : 1))
    .slice(0, ANALYTICS_TOP_N);

  // Content health.
  const windowStart = deadContentWindowStart(range.to);
  const windowStartInstant = zonedStartOfCivilDay(parseCivilDate(windowStart)!, settings.timeZone);
  const contentItem = (p: PostFact): ContentItem => ({
    postId: p.postId,
    title: p.title,
    ownerId: p.ownerId,
    ownerName: byId.get(p.ownerId)?.name ?? '',
    departmentId: byId.get(p.ownerId)?.departmentId ?? null,
    publishedAt: p.publishedAt,
    reviewBy: p.reviewBy,
    lastViewedOn: p.lastViewedOn,
  });
  const posts = facts.posts.filter((p) => scoped.has(p.ownerId));
  const dead = posts
    .filter(
      (p) =>
        p.publishedAt !== null &&
        p.publishedAt.getTime() < windowStartInstant.getTime() &&
        (p.lastViewedOn === null || p.lastViewedOn < windowStart),
    )
    .sort(
      (a, b) =>
        (a.lastViewedOn ?? '').localeCompare(b.lastViewedOn ?? '') ||
        a.publishedAt!.getTime() - b.publishedAt!.getTime() ||
        a.postId.localeCompare(b.postId),
    );
  const stale = posts
    .filter((p) => p.reviewBy < range.to)
    .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.postId.localeCompare(b.postId));

  // Departments side by side.
  const departmentOf = (memberId: string) => byId.get(memberId)?.departmentId ?? null;
  const departmentComparison: DepartmentComparison[] = departmentRates.map((d) => {
    let posts = 0;
    let reuseCount = 0;
    for (const a of activity) {
      if (departmentOf(a.memberId) !== d.departmentId) continue;
      if (a.kind === ADOPTION_CONTRIBUTION_COLUMNS.posts) posts += a.count;
      if (a.kind === ADOPTION_CONTRIBUTION_COLUMNS.reuses) reuseCount += a.count;
    }
    const hours = stories
      .filter((s) => departmentOf(s.authorId) === d.departmentId)
      .reduce((sum, s) => sum + s.hoursPerMonth * monthsCounted(s), 0);
    let points = 0;
    for (const [memberId, p] of pointsOf)
      if (departmentOf(memberId) === d.departmentId) points += p;
    return { ...d, posts, reuses: reuseCount, hoursSaved: roundHours(hours), points };
  });

  return {
    from: range.from,
    to: range.to,
    activeRate: rateOf(activeCount(membersAtEnd), membersAtEnd.length),
    departments: departmentRates,
    weeklyTrend: trend('week'),
    monthlyTrend: trend('month'),
    contributionsByWeek: [...weekRows.values()],
    hoursSavedByMonth,
    totalHoursSaved: roundHours(cumulative),
    topTemplatesByReuses,
    topTemplatesByHoursSaved,
    topContributors,
    deadContent: dead.slice(0, ANALYTICS_CONTENT_LIMIT).map(contentItem),
    deadContentCount: dead.length,
    staleContent: stale.slice(0, ANALYTICS_CONTENT_LIMIT).map(contentItem),
    staleContentCount: stale.length,
    departmentComparison,
  };
};
