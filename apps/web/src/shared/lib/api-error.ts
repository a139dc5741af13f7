import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';

export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type ApiFieldError = { field: string; code: string; message: string };

export type ApiError =
  | { kind: 'network'; message: string }
  | {
      kind: 'graphql';
      code: ApiErrorCode | 'UNKNOWN';
      message: string;
      fields: ApiFieldError[];
      retryAfterSeconds: number | null;
    };

type RawGraphQLError = { message?: unknown; extensions?: Record<string, unknown> | null };

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

function parseFields(value: unknown): ApiFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, code, message } = item as Record<string, unknown>;
    if (typeof field !== 'string' || typeof code !== 'string') return [];
    return [{ field, code, message: typeof message === 'string' ? message : code }];
  });
}

function parseRetryAfter(value: unknown): number | null {
  const seconds = typeof value === 'string' ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
    ? Math.ceil(seconds)
    : null;
}

/** Reads the API's error contract from the first GraphQL error (the API reports one per request). */
export function fromGraphQLErrors(errors: readonly RawGraphQLError[]): ApiError {
  const first = errors[0] ?? {};
  const extensions = first.extensions ?? {};
  const code = extensions['code'];
  return {
    kind: 'graphql',
    code: isApiErrorCode(code) ? code : 'UNKNOWN',
    message: typeof first.message === 'string' ? first.message : '',
    fields: errors.flatMap((error) => parseFields(error.extensions?.['fields'])),
    retryAfterSeconds: parseRetryAfter(extensions['retryAfterSeconds']),
  };
}

/** Turns anything Apollo (or fetch) throws into the API's error contract. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    return fromGraphQLErrors(error.errors);
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) {
      return {
        kind: 'graphql',
        code: 'RATE_LIMITED',
        message: error.message,
        fields: [],
        retryAfterSeconds: parseRetryAfter(error.response.headers.get('retry-after')),
      };
    }
    return {
      kind: 'graphql',
      code: 'INTERNAL_SERVER_ERROR',
      message: error.message,
      fields: [],
      retryAfterSeconds: null,
    };
  }
  if (ServerParseError.is(error)) {
    return {
      kind: 'graphql',
      code: 'INTERNAL_SERVER_ERROR',
      message: error.message,
      fields: [],
      retryAfterSeconds: null,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'network', message };
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  const apiError = toApiError(error);
  return apiError.kind === 'graphql' && apiError.code === code;
}

/** `input.email` and `email` name the same form field. */
export function fieldName(field: string): string {
  const parts = field.split('.');
  return parts[0] === 'input' && parts.length > 1 ? parts.slice(1).join('.') : field;
}
