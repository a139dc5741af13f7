// Pure shaping of the adoption dashboard's data for the charts (no React, no chart library).
import type { AdoptionChart } from '../../../generated/graphql';

/** YYYY-MM-DD of a local date. */
export function localIsoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The dashboard opens on the last 26 weeks (182 days) ending today. */
export function defaultAnalyticsRange(today: Date): { from: string; to: string } {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 181);
  return { from: localIsoDate(from), to: localIsoDate(today) };
}

/** A 0–1 rate as a percentage with one decimal (0.4286 → 42.9). */
export const toPercent = (rate: number): number => Math.round(rate * 1000) / 10;

type Rate = { activeMembers: number; members: number; rate: number };

export function activeRateBars<T extends Rate & { name: string }>(departments: readonly T[]) {
  return departments.map((department) => ({
    name: department.name,
    percent: toPercent(department.rate),
    activeMembers: department.activeMembers,
    members: department.members,
  }));
}

export function trendLine<T extends Rate & { periodKey: string }>(points: readonly T[]) {
  return points.map((point) => ({
    label: point.periodKey,
    percent: toPercent(point.rate),
    activeMembers: point.activeMembers,
    members: point.members,
  }));
}

export const CONTRIBUTION_KINDS = [
  'posts',
  'templates',
  'stories',
  'reuses',
  'reviews',
  'kudos',
] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** One stacked bar per ISO week, labelled by its week key (2026-W45). */
export function contributionStacks<T extends Record<ContributionKind, number> & { week: string }>(
  weeks: readonly T[],
) {
  return weeks.map((week) => ({
    label: week.week,
    ...Object.fromEntries(CONTRIBUTION_KINDS.map((kind) => [kind, week[kind]])),
  })) as ({ label: string } & Record<ContributionKind, number>)[];
}

/** Hours per month (bars) and the running total (line), one decimal. */
export function hoursSavedSeries<
  T extends { month: string; hoursSaved: number; cumulativeHours: number },
>(months: readonly T[]) {
  const round = (hours: number) => Math.round(hours * 10) / 10;
  return months.map((month) => ({
    label: month.month,
    hours: round(month.hoursSaved),
    cumulative: round(month.cumulativeHours),
  }));
}

/** The dashboard's sections in order, each with the chart key its CSV download asks for. */
export const DASHBOARD_CHARTS = [
  'ACTIVE_RATE',
  'WEEKLY_TREND',
  'MONTHLY_TREND',
  'CONTRIBUTIONS',
  'HOURS_SAVED',
  'TOP_TEMPLATES_BY_REUSES',
  'TOP_TEMPLATES_BY_HOURS_SAVED',
  'TOP_CONTRIBUTORS',
  'DEAD_CONTENT',
  'STALE_CONTENT',
  'DEPARTMENT_COMPARISON',
] as const satisfies readonly AdoptionChart[];

/** A file name for a chart's CSV when the API's is missing: adoption_<chart>_<from>_<to>.csv. */
export function csvFileName(chart: AdoptionChart, from: string, to: string): string {
  return `adoption_${chart.toLowerCase()}_${from}_${to}.csv`;
}
