import { GraphQLError } from 'graphql';
import { BadUserInputError, ForbiddenError, NotFoundError, RateLimitedError } from './app-errors';
import { formatGraphQLError } from './error-formatter';

const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatGraphQLError', () => {
  it('maps application errors to their codes and details', () => {
    const fields = [{ field: 'email', code: 'email.duplicate', message: 'taken' }];
    expect(formatGraphQLError(wrap(new BadUserInputError(fields)))).toMatchObject({
      message: 'taken',
      extensions: { code: 'BAD_USER_INPUT', fields },
    });
    expect(formatGraphQLError(wrap(new ForbiddenError())).extensions).toEqual({
      code: 'FORBIDDEN',
    });
    expect(formatGraphQLError(wrap(new NotFoundError('Member'))).message).toBe('Member not found');
    expect(formatGraphQLError(wrap(new RateLimitedError(42))).extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 42,
    });
  });

  it('hides unexpected errors (SQL, stack) behind a generic message and logs them', () => {
    const logged: unknown[] = [];
    const sqlError = new Error(
      "ER_PARSE_ERROR: You have an error in your SQL syntax near 'SELECT * FROM members'",
    );
    const formatted = formatGraphQLError(wrap(sqlError), { error: (obj) => logged.push(obj) });
    expect(formatted).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/SELECT|stack/);
    expect(logged).toHaveLength(1);
  });

  it('treats GraphQL validation errors as the client’s bad input', () => {
    const err = new GraphQLError('Cannot query field "nope" on type "Query".');
    expect(formatGraphQLError(err)).toMatchObject({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('treats a variable the schema cannot coerce (unknown enum value) as bad input', () => {
    const inner = new GraphQLError('Value "PDF" does not exist in "ExportFormat" enum.');
    const err = new GraphQLError(
      'Variable "$format" got invalid value "PDF"; Value "PDF" does not exist in "ExportFormat" enum.',
      { originalError: inner },
    );
    expect(formatGraphQLError(err).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
