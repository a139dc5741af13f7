import {
  ALL_TIME_KEY,
  monthOfDay,
  PERIOD_KINDS,
  periodOf,
  zonedStartOfDay,
  type PeriodSettings,
} from '@chienowa/domain';
import type { DataSource } from 'typeorm';
import { quoteIdentifier } from '../../../database/dialect-sql';
import { OrganizationEntity } from '../../organization/entities/organization.entity';

export type TotalDrift = {
  organizationId: string;
  memberId: string;
  periodKey: string;
  expected: number;
  stored: number;
};

export type LedgerVerification = {
  organizations: number;
  entries: number;
  totalsChecked: number;
  drift: TotalDrift[];
};

/** How a drifting monthly source sum (member_source_months) is named in the report. */
const MONTH_PREFIX = 'sources:';

/** Ledger rows read per page of the primary-key scan. */
const PAGE = 20_000;

/**
 * Recomputes every running total from the ledger and compares it with member_point_totals,
 * and each member's monthly sum with member_source_months (reported as `sources:YYYY-MM`).
 * The ledger is read once in primary-key pages (time-ordered ids: a sequential scan, no index
 * lookups per row) and summed per organization, member and local day; each day is then mapped
 * to its week, month and fiscal periods in the organization's time zone.
 */
export async function verifyLedger(dataSource: DataSource): Promise<LedgerVerification> {
  const organizations = await dataSource.getRepository(OrganizationEntity).find();
  const q = (name: string) => quoteIdentifier(dataSource.manager, name);
  // organization → "member|day" → points
  const daily = new Map<string, Map<string, number>>();
  let entries = 0;
  for (let after = ''; ;) {
    const page: {
      id: string;
      organization_id: string;
      member_id: string;
      local_day: string;
      points: string | number;
    }[] = await dataSource.query(
      `SELECT ${['id', 'organization_id', 'member_id', 'local_day', 'points'].map(q).join(', ')} FROM ${q('ledger_entries')} WHERE ${q('id')} > ? ORDER BY ${q('id')} LIMIT ${PAGE}`,
      [after],
    );
    for (const row of page) {
      let sums = daily.get(row.organization_id);
      if (!sums) daily.set(row.organization_id, (sums = new Map()));
      const k = `${row.member_id}|${row.local_day}`;
      sums.set(k, (sums.get(k) ?? 0) + Number(row.points));
    }
    entries += page.length;
    if (page.length < PAGE) break;
    after = page[page.length - 1].id;
  }

  const drift: TotalDrift[] = [];
  let totalsChecked = 0;
  for (const org of organizations) {
    const settings: PeriodSettings = {
      timeZone: org.timeZone,
      fiscalYearStartMonth: org.fiscalYearStartMonth,
    };
    const expected = new Map<string, number>();
    const keysOfDay = new Map<string, string[]>();
    for (const [memberDay, points] of daily.get(org.id) ?? []) {
      const [memberId, localDay] = memberDay.split('|');
      let keys = keysOfDay.get(localDay);
      if (!keys) {
        // Noon of the local day is safely inside it whatever the zone's offset or DST.
        const instant = new Date(
          zonedStartOfDay(localDay, org.timeZone).getTime() + 12 * 3600 * 1000,
        );
        keys = [...PERIOD_KINDS.map((kind) => periodOf(kind, instant, settings).key), ALL_TIME_KEY];
        keysOfDay.set(localDay, keys);
      }
      for (const key of keys) {
        const k = `${memberId}|${key}`;
        expected.set(k, (expected.get(k) ?? 0) + points);
      }
    }
    // The monthly source sums (member_source_months), checked per member and month.
    const monthly = new Map<string, number>();
    for (const [memberDay, points] of daily.get(org.id) ?? []) {
      const [memberId, localDay] = memberDay.split('|');
      const k = `${memberId}|${MONTH_PREFIX}${monthOfDay(localDay)}`;
      monthly.set(k, (monthly.get(k) ?? 0) + points);
    }
    daily.delete(org.id);
    const months: { member_id: string; month: string; points: string | number }[] =
      await dataSource.query(
        `SELECT ${q('member_id')}, ${q('month')}, SUM(${q('points')}) AS ${q('points')} FROM ${q('member_source_months')} WHERE ${q('organization_id')} = ? GROUP BY ${q('member_id')}, ${q('month')}`,
        [org.id],
      );
    for (const row of months) {
      const k = `${row.member_id}|${MONTH_PREFIX}${row.month}`;
      const want = monthly.get(k) ?? 0;
      monthly.delete(k);
      totalsChecked += 1;
      if (want !== Number(row.points)) {
        drift.push({
          organizationId: org.id,
          memberId: row.member_id,
          periodKey: `${MONTH_PREFIX}${row.month}`,
          expected: want,
          stored: Number(row.points),
        });
      }
    }
    for (const [k, want] of monthly) {
      const [memberId, periodKey] = k.split('|');
      drift.push({ organizationId: org.id, memberId, periodKey, expected: want, stored: 0 });
    }
    const stored: { member_id: string; period_key: string; points: string | number }[] =
      await dataSource.query(
        'SELECT member_id, period_key, points FROM member_point_totals WHERE organization_id = ?',
        [org.id],
      );
    const seen = new Set<string>();
    for (const row of stored) {
      const k = `${row.member_id}|${row.period_key}`;
      seen.add(k);
      totalsChecked += 1;
      const want = expected.get(k) ?? 0;
      if (want !== Number(row.points)) {
        drift.push({
          organizationId: org.id,
          memberId: row.member_id,
          periodKey: row.period_key,
          expected: want,
          stored: Number(row.points),
        });
      }
    }
    for (const [k, want] of expected) {
      if (seen.has(k) || want === 0) continue;
      const [memberId, periodKey] = k.split('|');
      drift.push({ organizationId: org.id, memberId, periodKey, expected: want, stored: 0 });
    }
  }
  return { organizations: organizations.length, entries, totalsChecked, drift };
}
