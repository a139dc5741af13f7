import { CombinedGraphQLErrors } from '@apollo/client';
import { fieldName, fromGraphQLErrors, toApiError } from './api-error';
import { splitFieldErrors } from './form-errors';

describe('API error contract', () => {
  it('reads code, field errors and retry time from GraphQL errors', () => {
    const error = fromGraphQLErrors([
      {
        message: 'Invalid input',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'input.email', code: 'email.invalid', message: 'Email is invalid' },
            { field: 'password', code: 'password.tooShort', message: 'Too short' },
            { nonsense: true },
          ],
        },
      },
    ]);
    expect(error).toEqual({
      kind: 'graphql',
      code: 'BAD_USER_INPUT',
      message: 'Invalid input',
      fields: [
        { field: 'input.email', code: 'email.invalid', message: 'Email is invalid' },
        { field: 'password', code: 'password.tooShort', message: 'Too short' },
      ],
      retryAfterSeconds: null,
    });
    expect(
      fromGraphQLErrors([
        { message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 29.2 } },
      ]),
    ).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    expect(
      fromGraphQLErrors([{ message: 'x', extensions: { code: 'SOMETHING_ELSE' } }]),
    ).toMatchObject({ code: 'UNKNOWN' });
  });

  it('recognizes Apollo GraphQL errors and treats other failures as network errors', () => {
    const graphQLError = new CombinedGraphQLErrors({
      errors: [{ message: 'Invalid email or password', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(toApiError(graphQLError)).toMatchObject({ kind: 'graphql', code: 'UNAUTHENTICATED' });
    expect(toApiError(new TypeError('Failed to fetch'))).toEqual({
      kind: 'network',
      message: 'Failed to fetch',
    });
  });

  it('routes field errors to form inputs, with `input.` prefixes removed', () => {
    expect(fieldName('input.email')).toBe('email');
    expect(fieldName('email')).toBe('email');
    const error = fromGraphQLErrors([
      {
        message: 'Invalid input',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'input.email', code: 'email.duplicate', message: 'Taken' },
            { field: 'id', code: 'department.inUse', message: 'In use' },
          ],
        },
      },
    ]);
    const split = splitFieldErrors(error, ['email', 'displayName'] as const);
    expect(split.byField.email?.code).toBe('email.duplicate');
    expect(split.byField.displayName).toBeUndefined();
    expect(split.other.map((fieldError) => fieldError.code)).toEqual(['department.inUse']);
  });
});
