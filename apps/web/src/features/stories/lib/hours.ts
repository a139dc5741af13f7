import { hoursSavedPerMonth } from '@chienowa/domain';

export type HoursInput = {
  minutesBefore: number | string;
  minutesAfter: number | string;
  occurrencesPerMonth: number | string;
};

export type HoursPreview =
  | { kind: 'incomplete' }
  | { kind: 'invalid'; errors: { field: string; code: string }[] }
  | { kind: 'ok'; hours: number; minutesPerMonth: number };

function toNumber(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * The form's live 「月◯時間の削減」: (before − after) × occurrences ÷ 60 rounded to 0.1 h, by the
 * same domain function the API uses (the saved story's value stays authoritative).
 */
export function previewHours(input: HoursInput): HoursPreview {
  const minutesBefore = toNumber(input.minutesBefore);
  const minutesAfter = toNumber(input.minutesAfter);
  const occurrencesPerMonth = toNumber(input.occurrencesPerMonth);
  if (minutesBefore === null || minutesAfter === null || occurrencesPerMonth === null) {
    return { kind: 'incomplete' };
  }
  const result = hoursSavedPerMonth({ minutesBefore, minutesAfter, occurrencesPerMonth });
  if (!result.ok) {
    return {
      kind: 'invalid',
      errors: result.errors.map((error) => ({ field: error.field, code: error.code })),
    };
  }
  return {
    kind: 'ok',
    hours: result.value.hoursRounded,
    minutesPerMonth: result.value.minutesSavedPerMonth,
  };
}
