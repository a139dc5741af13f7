// Fair play (フェアプレー): finding members who credit each other far more than the
// organization's norm — pairs (A↔B) and circles (A→B→C→A) — and the excess that reversing
// them would take back. Pure and deterministic: same input, same output, in any input order.
//
// Method
// 1. Input: directed credit edges of a period (actor → earner, kind, count, points),
//    aggregated from counted ledger entries (likes, kudos, views, template reuses received).
//    Self-credit and system credit (no actor) are ignored. Edges of the same actor → earner
//    across kinds are merged into one directed pair with its count, points and per-kind split.
// 2. Norm (the organization's own): over every directed pair with any credit, the median and
//    MAD (median absolute deviation, scaled by 1.4826 to estimate a standard deviation) of the
//    per-pair credit counts. allowance = max(minPairCount, ceil(median + k · 1.4826 · MAD)).
//    The median and MAD ignore the few extreme pairs, so colluders cannot raise their own bar;
//    minPairCount (10 by default) keeps quiet organizations (median 1, MAD 0) from alarming on
//    a handful of credits.
// 3. Heavy edge: count > allowance AND concentration: the edge carries at least minShare
//    (30 %) of everything the actor credited in the period. An honest busy team of 8, where
//    everyone credits everyone, spreads each member's credit over 7+ colleagues (≤ 1/7 each),
//    so none of its edges is heavy however dense the team is. A colluder sends a large share
//    to one member (or to the next member of a ring).
// 4. Groups: the strongly connected components of the heavy-edge graph with two or more
//    members. Two members = a PAIR (A→B and B→A both heavy); three or more = a CIRCLE (every
//    member lies on a directed cycle of heavy edges, e.g. A→B→C→A). A one-directional fan
//    (one member crediting a famous author a lot) is never a group: it needs the way back.
//    One enthusiastic event is one-directional too, and the ledger's dedupe and daily caps
//    already bound how much one burst can count.
// 5. Small organizations: with fewer than minMembers (6) people in the period's credit there
//    is no meaningful norm (everyone credits everyone), so no group is reported.
// 6. Evidence and excess: every edge between the group's members (both directions, all
//    kinds) with its count, points, share and per-kind split; the edge's excess is the count
//    above the allowance. The excess ENTRIES are the most recent counted entries of each edge
//    beyond the allowance (selectExcessEntries); their points are the excess points.
// 7. Stable id: a 64-bit FNV-1a hash of the period and the sorted member ids, so the same
//    group in the same period keeps its id across reports and reversals.
import { compareCivilDates, parseCivilDate, civilDateToUtcMs } from '../shared/civil-date';
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';

export const FAIR_PLAY_KINDS = [
  'likeReceived',
  'kudosReceived',
  'viewReceived',
  'templateReused',
] as const;
export type FairPlayKind = (typeof FAIR_PLAY_KINDS)[number];

export const isFairPlayKind = (value: unknown): value is FairPlayKind =>
  typeof value === 'string' && (FAIR_PLAY_KINDS as readonly string[]).includes(value);

/** Counted credit from one actor to one earner of one kind in the period. */
export type CreditEdge = {
  actorId: string | null;
  earnerId: string;
  kind: FairPlayKind;
  count: number;
  points: number;
};

export type FairPlayParams = {
  /** MADs (scaled to a standard deviation) above the median that are still normal. */
  k: number;
  /** A pair needs more credits than this to be heavy, whatever the distribution. */
  minPairCount: number;
  /** Share of the actor's credit one edge must carry to be heavy (concentration). */
  minShare: number;
  /** Fewer people in the period's credit: no norm, no groups. */
  minMembers: number;
};

export const DEFAULT_FAIR_PLAY_PARAMS: FairPlayParams = {
  k: 3,
  minPairCount: 10,
  minShare: 0.3,
  minMembers: 6,
};

/** What the group was compared with. */
export type FairPlayNorm = {
  /** Directed pairs with any credit in the period. */
  pairs: number;
  /** People appearing as actor or earner. */
  members: number;
  median: number;
  /** Unscaled median absolute deviation of the per-pair counts. */
  mad: number;
  /** Credits per directed pair the norm allows; more is excess. */
  allowance: number;
  /** False when the organization is too small to judge (no groups reported). */
  analysed: boolean;
};

export type KindCredit = { kind: FairPlayKind; count: number; points: number };

export type GroupEdge = {
  actorId: string;
  earnerId: string;
  count: number;
  points: number;
  byKind: KindCredit[];
  /** Share of everything the actor credited in the period that went over this edge (0–1). */
  share: number;
  heavy: boolean;
  /** Credits above the allowance (0 when within the norm). */
  excessCount: number;
};

export type SuspiciousGroup = {
  id: string;
  kind: 'pair' | 'circle';
  /** Sorted. */
  memberIds: string[];
  /** Every edge between members, sorted by actor then earner. */
  edges: GroupEdge[];
  totalCount: number;
  totalPoints: number;
  excessCount: number;
};

export type FairPlayPeriod = { from: string; to: string };

export type FairPlayReport = {
  period: FairPlayPeriod;
  kinds: FairPlayKind[];
  norm: FairPlayNorm;
  /** Most excess first, then by id. */
  groups: SuspiciousGroup[];
};

// ---------------------------------------------------------------- input validation

/** Longest period a report covers (a fiscal year, with a leap day to spare). */
export const FAIR_PLAY_MAX_DAYS = 366;

/** from and to are local days 'YYYY-MM-DD', inclusive, from ≤ to, at most a year apart. */
export const validateFairPlayPeriod = (from: string, to: string): Result<FairPlayPeriod> => {
  const errors: FieldError[] = [];
  const a = parseCivilDate(from);
  const b = parseCivilDate(to);
  if (!a)
    errors.push(fieldError('from', 'fairPlay.invalidDate', 'from must be a date YYYY-MM-DD.'));
  if (!b) errors.push(fieldError('to', 'fairPlay.invalidDate', 'to must be a date YYYY-MM-DD.'));
  if (a && b) {
    if (compareCivilDates(a, b) > 0) {
      errors.push(fieldError('to', 'fairPlay.endBeforeStart', 'to must not be before from.'));
    } else if ((civilDateToUtcMs(b) - civilDateToUtcMs(a)) / 86_400_000 + 1 > FAIR_PLAY_MAX_DAYS) {
      errors.push(
        fieldError(
          'to',
          'fairPlay.periodTooLong',
          `A report covers at most ${FAIR_PLAY_MAX_DAYS} days.`,
        ),
      );
    }
  }
  return errors.length > 0 ? fail(errors) : ok({ from, to });
};

/** The kinds asked for, deduplicated in catalogue order; all four when none given. */
export const validateFairPlayKinds = (
  kinds: readonly string[] | null | undefined,
): Result<FairPlayKind[]> => {
  if (!kinds || kinds.length === 0) return ok([...FAIR_PLAY_KINDS]);
  const unknown = kinds.filter((k) => !isFairPlayKind(k));
  if (unknown.length > 0) {
    return fail([
      fieldError('kinds', 'fairPlay.unknownKind', `Unknown credit kinds: ${unknown.join(', ')}.`),
    ]);
  }
  return ok(FAIR_PLAY_KINDS.filter((k) => kinds.includes(k)));
};

/** A reversal's reason: 1–500 characters after trimming. */
export const validateFairPlayReason = (reason: string): Result<string> => {
  const trimmed = reason.trim();
  if (trimmed.length === 0) {
    return fail([fieldError('reason', 'fairPlay.reasonRequired', 'A reason is required.')]);
  }
  if ([...trimmed].length > 500) {
    return fail([
      fieldError('reason', 'fairPlay.reasonTooLong', 'The reason is at most 500 characters.'),
    ]);
  }
  return ok(trimmed);
};

// ---------------------------------------------------------------- ids

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

/** Stable id of a group: hash of the period and the sorted member ids ('fp_' + 16 hex). */
export const fairPlayGroupId = (memberIds: readonly string[], period: FairPlayPeriod): string => {
  const text = `${period.from}..${period.to}|${[...memberIds].sort().join(',')}`;
  let hash = FNV_OFFSET;
  // encodeURIComponent: UTF-8 as ASCII escapes, so every char code is one byte.
  const ascii = encodeURIComponent(text);
  for (let i = 0; i < ascii.length; i += 1) {
    hash ^= BigInt(ascii.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK64;
  }
  return `fp_${hash.toString(16).padStart(16, '0')}`;
};

// ---------------------------------------------------------------- statistics

const median = (sorted: readonly number[]): number => {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const byNumber = (a: number, b: number) => a - b;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The organization's norm for per-pair credit counts (see the file header). */
export const fairPlayNorm = (
  pairCounts: readonly number[],
  members: number,
  params: FairPlayParams = DEFAULT_FAIR_PLAY_PARAMS,
): FairPlayNorm => {
  const sorted = [...pairCounts].sort(byNumber);
  const m = median(sorted);
  const mad = median(sorted.map((c) => Math.abs(c - m)).sort(byNumber));
  // Rounded before ceil so floating noise (4.0000000001) never adds a credit.
  const robust = Math.ceil(Math.round((m + params.k * 1.4826 * mad) * 1e6) / 1e6);
  return {
    pairs: sorted.length,
    members,
    median: m,
    mad,
    allowance: Math.max(params.minPairCount, robust),
    analysed: members >= params.minMembers,
  };
};

// ---------------------------------------------------------------- strongly connected components

/** Tarjan's algorithm, iterative; nodes and neighbours visited in sorted order. */
const stronglyConnected = (nodes: string[], next: Map<string, string[]>): string[][] => {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; i: number }[] = [{ node: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = next.get(frame.node) ?? [];
      if (frame.i < targets.length) {
        const target = targets[frame.i];
        frame.i += 1;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter);
          counter += 1;
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, i: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component.sort(byText));
      }
    }
  }
  return components;
};

// ---------------------------------------------------------------- detection

type MergedEdge = {
  actorId: string;
  earnerId: string;
  count: number;
  points: number;
  byKind: Map<FairPlayKind, KindCredit>;
};

const pairKey = (actorId: string, earnerId: string) => `${actorId}\u0000${earnerId}`;

/** Finds the suspicious pairs and circles of a period (see the file header for the method). */
export const detectCollusion = (
  edges: Iterable<CreditEdge>,
  options: { period: FairPlayPeriod; kinds?: readonly FairPlayKind[] },
  params: FairPlayParams = DEFAULT_FAIR_PLAY_PARAMS,
): FairPlayReport => {
  const kinds = FAIR_PLAY_KINDS.filter((k) => !options.kinds || options.kinds.includes(k));
  const merged = new Map<string, MergedEdge>();
  const given = new Map<string, number>();
  const people = new Set<string>();
  for (const edge of edges) {
    if (edge.actorId === null || edge.actorId === edge.earnerId) continue;
    if (!kinds.includes(edge.kind) || !(edge.count > 0)) continue;
    const key = pairKey(edge.actorId, edge.earnerId);
    let pair = merged.get(key);
    if (!pair) {
      pair = {
        actorId: edge.actorId,
        earnerId: edge.earnerId,
        count: 0,
        points: 0,
        byKind: new Map(),
      };
      merged.set(key, pair);
    }
    pair.count += edge.count;
    pair.points += edge.points;
    const perKind = pair.byKind.get(edge.kind) ?? { kind: edge.kind, count: 0, points: 0 };
    perKind.count += edge.count;
    perKind.points += edge.points;
    pair.byKind.set(edge.kind, perKind);
    given.set(edge.actorId, (given.get(edge.actorId) ?? 0) + edge.count);
    people.add(edge.actorId);
    people.add(edge.earnerId);
  }

  const norm = fairPlayNorm(
    [...merged.values()].map((e) => e.count),
    people.size,
    params,
  );
  const report: FairPlayReport = { period: options.period, kinds, norm, groups: [] };
  if (!norm.analysed) return report;

  const shareOf = (e: MergedEdge) => e.count / given.get(e.actorId)!;
  const isHeavy = (e: MergedEdge) => e.count > norm.allowance && shareOf(e) >= params.minShare;

  const next = new Map<string, string[]>();
  for (const e of merged.values()) {
    if (!isHeavy(e)) continue;
    const list = next.get(e.actorId) ?? [];
    list.push(e.earnerId);
    next.set(e.actorId, list);
  }
  for (const list of next.values()) list.sort(byText);
  const heavyNodes = [...next.keys()].sort(byText);

  for (const memberIds of stronglyConnected(heavyNodes, next)) {
    if (memberIds.length < 2) continue;
    const groupEdges: GroupEdge[] = [];
    for (const actorId of memberIds) {
      for (const earnerId of memberIds) {
        const e = merged.get(pairKey(actorId, earnerId));
        if (!e) continue;
        groupEdges.push({
          actorId,
          earnerId,
          count: e.count,
          points: e.points,
          byKind: FAIR_PLAY_KINDS.filter((k) => e.byKind.has(k)).map((k) => ({
            ...e.byKind.get(k)!,
          })),
          share: shareOf(e),
          heavy: isHeavy(e),
          excessCount: Math.max(0, e.count - norm.allowance),
        });
      }
    }
    report.groups.push({
      id: fairPlayGroupId(memberIds, options.period),
      kind: memberIds.length === 2 ? 'pair' : 'circle',
      memberIds,
      edges: groupEdges,
      totalCount: groupEdges.reduce((s, e) => s + e.count, 0),
      totalPoints: groupEdges.reduce((s, e) => s + e.points, 0),
      excessCount: groupEdges.reduce((s, e) => s + e.excessCount, 0),
    });
  }
  report.groups.sort((a, b) => b.excessCount - a.excessCount || byText(a.id, b.id));
  return report;
};

// ---------------------------------------------------------------- excess entries

/** A counted ledger entry between two members, as needed to pick the excess. */
export type CreditEntry = {
  id: string;
  actorId: string;
  earnerId: string;
  occurredAt: Date;
  points: number;
};

/**
 * The excess entries of a group: per edge, its most recent entries (latest first, ties by id)
 * beyond the allowance, i.e. `excessCount` of them. Pass the same population the edges were
 * counted from (counted, non-reversal entries of the report's kinds in the period); entries
 * of other edges are ignored. Sorted by id.
 */
export const selectExcessEntries = <E extends CreditEntry>(
  group: SuspiciousGroup,
  entries: Iterable<E>,
): E[] => {
  const byEdge = new Map<string, E[]>();
  for (const entry of entries) {
    const key = pairKey(entry.actorId, entry.earnerId);
    const list = byEdge.get(key) ?? [];
    list.push(entry);
    byEdge.set(key, list);
  }
  const picked: E[] = [];
  for (const edge of group.edges) {
    if (edge.excessCount === 0) continue;
    const list = byEdge.get(pairKey(edge.actorId, edge.earnerId)) ?? [];
    list.sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || byText(b.id, a.id));
    picked.push(...list.slice(0, edge.excessCount));
  }
  return picked.sort((a, b) => byText(a.id, b.id));
};
