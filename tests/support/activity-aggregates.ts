import { usageDayContributions } from '@chienowa/domain';

/** A usage_events row as the checks need it (booleans already decoded). */
export type UsageLogRow = {
  organizationId: string;
  kind: string;
  earnerId: string;
  actorId: string | null;
  counted: boolean;
  uncountedReason: string | null;
  localDay: string;
};

/** A member_usage_days row. */
export type UsageDayRow = {
  organizationId: string;
  memberId: string;
  role: string;
  kind: string;
  localDay: string;
  genuine: number;
  counted: number;
};

const keyOf = (r: Omit<UsageDayRow, 'genuine' | 'counted'>) =>
  [r.organizationId, r.memberId, r.role, r.kind, r.localDay].join('|');

type Counts = { genuine: number | string; counted: number | string };

/** Stored usage counts against the expected ones, by key: each difference with both values. */
function countDifferences(
  expected: Map<string, Counts>,
  stored: readonly [string, Counts][],
): { key: string; expected: string; stored: string }[] {
  const show = (r?: Counts) =>
    r ? `genuine ${Number(r.genuine)}, counted ${Number(r.counted)}` : 'none';
  const differences: { key: string; expected: string; stored: string }[] = [];
  const left = new Map(expected);
  for (const [k, got] of stored) {
    const want = left.get(k);
    left.delete(k);
    if (show(want) !== show(got))
      differences.push({ key: k, expected: show(want), stored: show(got) });
  }
  for (const [k, want] of left) differences.push({ key: k, expected: show(want), stored: 'none' });
  return differences;
}

/**
 * Compares the stored daily usage aggregate with the one recomputed from the usage log by the
 * domain's rule; returns the differences (empty when they agree), each as key + both values.
 */
export function usageDayDifferences(
  log: readonly UsageLogRow[],
  stored: readonly UsageDayRow[],
): { key: string; expected: string; stored: string }[] {
  const expected = new Map<string, { genuine: number; counted: number }>();
  for (const u of log) {
    for (const c of usageDayContributions(u)) {
      const k = keyOf({ ...u, memberId: c.memberId, role: c.role });
      const row = expected.get(k) ?? expected.set(k, { genuine: 0, counted: 0 }).get(k)!;
      row.genuine += c.genuine;
      row.counted += c.counted;
    }
  }
  return countDifferences(
    expected,
    stored.map((r) => [keyOf(r), r]),
  );
}

/** A member_usage_months row. */
export type UsageMonthRow = Omit<UsageDayRow, 'localDay'> & { month: string };

/**
 * Compares member_usage_months with member_usage_days summed per month of the local day;
 * returns the differences (empty when they agree).
 */
export function usageMonthDifferences(
  days: readonly UsageDayRow[],
  stored: readonly UsageMonthRow[],
): { key: string; expected: string; stored: string }[] {
  const keyOf = (r: Omit<UsageMonthRow, 'genuine' | 'counted'>) =>
    [r.organizationId, r.month, r.memberId, r.role, r.kind].join('|');
  const expected = new Map<string, { genuine: number; counted: number }>();
  for (const d of days) {
    const k = keyOf({ ...d, month: d.localDay.slice(0, 7) });
    const row = expected.get(k) ?? expected.set(k, { genuine: 0, counted: 0 }).get(k)!;
    row.genuine += Number(d.genuine);
    row.counted += Number(d.counted);
  }
  return countDifferences(
    expected,
    stored.map((r) => [keyOf(r), r]),
  );
}

/** A ledger_entries row as the monthly source check needs it. */
export type LedgerSourceRow = {
  organizationId: string;
  memberId: string;
  localDay: string;
  category: string;
  sourceType: string;
  sourceId: string;
  points: number;
};

/**
 * Compares member_source_months with the ledger summed per month of the local day, member,
 * category and source; returns the differences (empty when they agree).
 */
export function sourceMonthDifferences(
  ledger: readonly LedgerSourceRow[],
  stored: readonly (Omit<LedgerSourceRow, 'localDay'> & { month: string })[],
): { key: string; expected: number | null; stored: number | null }[] {
  const keyOf = (r: Omit<LedgerSourceRow, 'localDay' | 'points'> & { month: string }) =>
    [r.organizationId, r.month, r.memberId, r.category, r.sourceType, r.sourceId].join('|');
  const expected = new Map<string, number>();
  for (const e of ledger) {
    const k = keyOf({ ...e, month: e.localDay.slice(0, 7) });
    expected.set(k, (expected.get(k) ?? 0) + Number(e.points));
  }
  const differences: { key: string; expected: number | null; stored: number | null }[] = [];
  for (const r of stored) {
    const k = keyOf(r);
    const want = expected.get(k);
    expected.delete(k);
    if (want !== Number(r.points)) {
      differences.push({ key: k, expected: want ?? null, stored: Number(r.points) });
    }
  }
  for (const [k, want] of expected) differences.push({ key: k, expected: want, stored: null });
  return differences;
}
