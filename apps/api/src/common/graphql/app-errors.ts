import type { FieldError } from '@chienowa/domain';

/** Error codes clients can rely on (extensions.code). */
export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/**
 * Expected failures. Services throw these; the GraphQL error formatter turns them into
 * `{ message, extensions: { code, ... } }`. Anything else becomes INTERNAL_SERVER_ERROR
 * with a generic message (no stack traces or SQL in responses).
 */
export abstract class AppError extends Error {
  abstract readonly code: AppErrorCode;
  extensions(): Record<string, unknown> {
    return {};
  }
}

export class BadUserInputError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly fields: FieldError[],
    message?: string,
  ) {
    super(message ?? fields.map((f) => f.message).join('; ') ?? 'Invalid input');
  }
  static field(field: string, code: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, code, message }]);
  }
  override extensions() {
    return { fields: this.fields };
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign-in required') {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You do not have permission to do this') {
    super(message);
  }
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor(what: string) {
    super(`${what} not found`);
  }
}

export class RateLimitedError extends AppError {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
  }
  override extensions() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}
