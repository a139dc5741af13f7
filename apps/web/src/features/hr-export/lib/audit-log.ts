/** Filters of an audit entry, as the API stored them (JSON), flattened to key/value text. */
export type AuditFilter = { key: string; value: string };

const SKIPPED = new Set(['locale']);

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return null;
}

export function auditFilters(filtersJson: string): AuditFilter[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(filtersJson);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [];
  const result: AuditFilter[] = [];
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (SKIPPED.has(key)) continue;
    if (key === 'period' && typeof value === 'object' && value !== null) {
      const { firstDay, lastDay } = value as Record<string, unknown>;
      const first = text(firstDay);
      const last = text(lastDay);
      if (first && last) result.push({ key, value: `${first} – ${last}` });
      continue;
    }
    const shown = text(value);
    if (shown !== null && shown !== 'false') result.push({ key, value: shown });
  }
  return result;
}

/** The first characters of a SHA-256, enough to compare with a file by eye. */
export const shortHash = (sha256: string | null | undefined): string =>
  sha256 ? `${sha256.slice(0, 12)}…` : '';
