/** Pure helpers for the admin screen of the organization's values (価値観). */

export type AdminValue = { id: string; label: string; labelEn: string | null; archived: boolean };

/** Active values first (in display order), then archived ones, as the API lists them. */
export function splitValues<V extends AdminValue>(
  values: readonly V[],
): {
  active: V[];
  archived: V[];
} {
  return {
    active: values.filter((value) => !value.archived),
    archived: values.filter((value) => value.archived),
  };
}

/**
 * The ids of every active value after moving `id` one place up (-1) or down (+1), as
 * `reorderRecognitionValues` expects them; null when the value cannot move that way.
 */
export function moveValue(
  values: readonly AdminValue[],
  id: string,
  direction: -1 | 1,
): string[] | null {
  const ids = values.filter((value) => !value.archived).map((value) => value.id);
  const from = ids.indexOf(id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const moved = [...ids];
  moved[from] = ids[to] as string;
  moved[to] = id;
  return moved;
}

/** The optional English label as the API takes it: blank means none. */
export function optionalLabel(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** A monthly budget the API accepts (a whole number from 1 to 1,000), or null. */
export function parseMonthlyBudget(value: number | string): number | null {
  const number = typeof value === 'number' ? value : Number(value.trim() === '' ? NaN : value);
  return Number.isInteger(number) && number >= 1 && number <= 1000 ? number : null;
}
