/** Pure helpers for the admin's custom badge form (the catalogue's criterion building blocks). */

export type BadgeMetricChoice = { key: string; periods: readonly string[]; yesNo: boolean };

export type CustomBadgeFormValues = {
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  metric: string | null;
  period: string;
  threshold: number | string;
  points: number | string;
};

export const EMPTY_CUSTOM_BADGE: CustomBadgeFormValues = {
  nameJa: '',
  nameEn: '',
  descriptionJa: '',
  descriptionEn: '',
  metric: null,
  period: 'allTime',
  threshold: 1,
  points: 0,
};

/** Display order of the periods a badge can be counted in. */
export const BADGE_PERIOD_ORDER = [
  'allTime',
  'day',
  'week',
  'month',
  'fiscalQuarter',
  'fiscalHalf',
  'fiscalYear',
] as const;
export type BadgePeriodKey = (typeof BADGE_PERIOD_ORDER)[number];

export function isBadgePeriodKey(value: string): value is BadgePeriodKey {
  return (BADGE_PERIOD_ORDER as readonly string[]).includes(value);
}

/** The periods offered for a metric (all time at least), in display order. */
export function periodsFor(metric: BadgeMetricChoice | undefined): BadgePeriodKey[] {
  const offered = new Set(metric?.periods ?? []);
  offered.add('allTime');
  return BADGE_PERIOD_ORDER.filter((period) => offered.has(period));
}

/** After choosing a metric: keep the period only when the metric supports it; yes/no needs 1. */
export function withMetric(
  values: CustomBadgeFormValues,
  metric: BadgeMetricChoice | undefined,
): CustomBadgeFormValues {
  const periods = periodsFor(metric);
  return {
    ...values,
    metric: metric?.key ?? null,
    period: (periods as string[]).includes(values.period) ? values.period : 'allTime',
    threshold: metric?.yesNo ? 1 : values.threshold,
  };
}

export type CustomBadgeFieldCode = {
  field: 'nameJa' | 'nameEn' | 'metric' | 'threshold' | 'points';
  code: string;
};

/** What the browser can tell before sending (the server checks everything again). */
export function missingBadgeFields(values: CustomBadgeFormValues): CustomBadgeFieldCode[] {
  const missing: CustomBadgeFieldCode[] = [];
  if (values.nameJa.trim() === '') missing.push({ field: 'nameJa', code: 'badge.nameRequired' });
  if (values.nameEn.trim() === '') missing.push({ field: 'nameEn', code: 'badge.nameRequired' });
  if (!values.metric) missing.push({ field: 'metric', code: 'badge.metricRequired' });
  if (values.threshold === '') missing.push({ field: 'threshold', code: 'badge.thresholdInvalid' });
  if (values.points === '') missing.push({ field: 'points', code: 'badge.pointsInvalid' });
  return missing;
}

/** The `createBadge` input; numbers are sent as typed so the server can explain a bad one. */
export function toCreateBadgeInput(values: CustomBadgeFormValues): {
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  metric: string;
  period: string;
  threshold: number;
  points: number;
} {
  return {
    nameJa: values.nameJa.trim(),
    nameEn: values.nameEn.trim(),
    descriptionJa: values.descriptionJa.trim(),
    descriptionEn: values.descriptionEn.trim(),
    metric: values.metric ?? '',
    period: values.period,
    threshold: Number(values.threshold),
    points: Number(values.points),
  };
}
