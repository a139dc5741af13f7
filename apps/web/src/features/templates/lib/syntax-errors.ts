import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * Braces for the messages about placeholder syntax, passed as interpolation values: written
 * into a translation they would be taken for i18next's own {{variables}}.
 */
export const PLACEHOLDER_BRACES = {
  open: '{{',
  close: '}}',
  escapedOpen: '\\{{',
  escapedClose: '\\}}',
} as const;

/** A placeholder syntax problem in the body, where the API (or the live parser) found it. */
export type BodySyntaxError = { code: string; message: string; line: number; column: number };

function asSyntaxError(value: unknown): BodySyntaxError | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, message, line, column } = value as Record<string, unknown>;
  if (typeof code !== 'string' || typeof line !== 'number' || typeof column !== 'number') {
    return null;
  }
  return { code, message: typeof message === 'string' ? message : code, line, column };
}

/**
 * The body's syntax errors from a BAD_USER_INPUT answer: the API sends each with its line and
 * column (extensions.fields[].line/column), which the shared error parser does not keep.
 */
export function bodySyntaxErrors(error: unknown): BodySyntaxError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const fields = graphQLError.extensions?.['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.flatMap((field: unknown) => {
      const fieldName = (field as { field?: unknown } | null)?.field;
      if (fieldName !== 'body' && fieldName !== 'input.body') return [];
      const parsed = asSyntaxError(field);
      return parsed ? [parsed] : [];
    });
  });
}

/** Same error at the same place once, in body order. */
export function mergeSyntaxErrors(...lists: BodySyntaxError[][]): BodySyntaxError[] {
  const seen = new Set<string>();
  const merged: BodySyntaxError[] = [];
  for (const error of lists.flat()) {
    const key = `${error.code}:${error.line}:${error.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(error);
  }
  return merged.sort((a, b) => a.line - b.line || a.column - b.column);
}
