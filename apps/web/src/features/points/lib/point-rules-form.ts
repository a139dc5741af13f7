/** Pure logic of the admin point-rules form: drafts, validation, the changed rows, API errors. */
import type { ApiError, ApiFieldError } from '../../../shared/lib/api-error';

export const RULE_POINTS_MIN = 0;
export const RULE_POINTS_MAX = 1_000;
export const RULE_DAILY_CAP_MIN = 1;
export const RULE_DAILY_CAP_MAX = 10_000;

export type PointRule = { kind: string; points: number; dailyCap: number | null };

/** What the inputs hold: a number, or '' when empty. */
export type RuleDraft = { points: number | ''; dailyCap: number | '' };
export type RuleDrafts = Record<string, RuleDraft>;

export type RuleField = 'points' | 'dailyCap';
/** Error codes per kind and field; the same codes the API uses (fieldErrors.rules.*). */
export type RuleErrors = Record<string, Partial<Record<RuleField, string>>>;

/** The change sent to updatePointRules: only fields that differ (dailyCap null = no cap). */
export type RuleChange = { kind: string; points?: number; dailyCap?: number | null };

export function draftsFrom(rules: readonly PointRule[]): RuleDrafts {
  return Object.fromEntries(
    rules.map((rule) => [rule.kind, { points: rule.points, dailyCap: rule.dailyCap ?? '' }]),
  );
}

/** Accepts what a number input may hand over ("12", 12, "", "1.5", "abc"). */
export function toDraftValue(value: string | number): number | '' {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const parsed = Number(trimmed.replace(/[,，]/g, ''));
  return Number.isFinite(parsed) ? parsed : Number.NaN;
}

const isWhole = (value: number) => Number.isInteger(value);

export function validateDraft(draft: RuleDraft): Partial<Record<RuleField, string>> {
  const errors: Partial<Record<RuleField, string>> = {};
  const { points, dailyCap } = draft;
  if (points === '' || !isWhole(points) || points < RULE_POINTS_MIN || points > RULE_POINTS_MAX) {
    errors.points = 'rules.invalidPoints';
  }
  if (
    dailyCap !== '' &&
    (!isWhole(dailyCap) || dailyCap < RULE_DAILY_CAP_MIN || dailyCap > RULE_DAILY_CAP_MAX)
  ) {
    errors.dailyCap = 'rules.invalidDailyCap';
  }
  return errors;
}

export function validateDrafts(drafts: RuleDrafts): RuleErrors {
  const errors: RuleErrors = {};
  for (const [kind, draft] of Object.entries(drafts)) {
    const rowErrors = validateDraft(draft);
    if (Object.keys(rowErrors).length > 0) errors[kind] = rowErrors;
  }
  return errors;
}

/** Only the rows (and, within them, the fields) that differ from the saved rules. */
export function changedRules(rules: readonly PointRule[], drafts: RuleDrafts): RuleChange[] {
  const changes: RuleChange[] = [];
  for (const rule of rules) {
    const draft = drafts[rule.kind];
    if (!draft) continue;
    const change: RuleChange = { kind: rule.kind };
    if (draft.points !== '' && draft.points !== rule.points) change.points = draft.points;
    const cap = draft.dailyCap === '' ? null : draft.dailyCap;
    if (cap !== rule.dailyCap) change.dailyCap = cap;
    if (change.points !== undefined || change.dailyCap !== undefined) changes.push(change);
  }
  return changes;
}

/**
 * Places the API's field errors (`rules.<kind>.points`, `rules.<kind>.dailyCap`, optionally
 * prefixed `input.`) on their rows; the rest is returned for an alert.
 */
export function splitRuleErrors(error: ApiError | null): {
  byRule: RuleErrors;
  other: ApiFieldError[];
} {
  const byRule: RuleErrors = {};
  const other: ApiFieldError[] = [];
  if (!error || error.kind !== 'graphql') return { byRule, other };
  for (const fieldError of error.fields) {
    const match = /^(?:input\.)?rules\.([^.]+)\.(points|dailyCap)$/.exec(fieldError.field);
    const kind = match?.[1];
    const field = match?.[2] as RuleField | undefined;
    if (kind && field) {
      byRule[kind] = { ...byRule[kind], [field]: fieldError.code };
    } else {
      other.push(fieldError);
    }
  }
  return { byRule, other };
}
