import { ALL_TIME_KEY, PERIOD_KINDS, periodOf, type PeriodSettings } from '@chienowa/domain';
import type { DataSource } from 'typeorm';
import { zonedStartOfDay } from '@chienowa/domain';
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

/**
 * Recomputes every running total from the ledger and compares it with member_point_totals.
 * The database sums per member and local day (one GROUP BY over an index); each day is then
 * mapped to its week, month and fiscal periods in the organization's time zone.
 */
export async function verifyLedger(dataSource: DataSource): Promise<LedgerVerification> {
  const organizations = await dataSource.getRepository(OrganizationEntity).find();
  const drift: TotalDrift[] = [];
  let entries = 0;
  let totalsChecked = 0;
  for (const org of organizations) {
    const settings: PeriodSettings = {
      timeZone: org.timeZone,
      fiscalYearStartMonth: org.fiscalYearStartMonth,
    };
    const daily: {
      member_id: string;
      local_day: string;
      points: string | number;
      n: string | number;
    }[] = await dataSource.query(
      'SELECT member_id, local_day, SUM(points) AS points, COUNT(*) AS n FROM ledger_entries WHERE organization_id = ? GROUP BY member_id, local_day',
      [org.id],
    );
    const expected = new Map<string, number>();
    const keysOfDay = new Map<string, string[]>();
    for (const row of daily) {
      entries += Number(row.n);
      let keys = keysOfDay.get(row.local_day);
      if (!keys) {
        // Noon of the local day is safely inside it whatever the zone's offset or DST.
        const instant = new Date(
          zonedStartOfDay(row.local_day, org.timeZone).getTime() + 12 * 3600 * 1000,
        );
        keys = [...PERIOD_KINDS.map((kind) => periodOf(kind, instant, settings).key), ALL_TIME_KEY];
        keysOfDay.set(row.local_day, keys);
      }
      for (const key of keys) {
        const k = `${row.member_id}|${key}`;
        expected.set(k, (expected.get(k) ?? 0) + Number(row.points));
      }
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
