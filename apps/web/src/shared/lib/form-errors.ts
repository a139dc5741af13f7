import { type ApiError, type ApiFieldError, fieldName } from './api-error';

export type SplitFieldErrors<F extends string> = {
  byField: Partial<Record<F, ApiFieldError>>;
  /** Errors that no input on the form can show (shown in an alert instead). */
  other: ApiFieldError[];
};

/** Routes the API's BAD_USER_INPUT field errors to the form inputs that caused them. */
export function splitFieldErrors<F extends string>(
  error: ApiError | null,
  formFields: readonly F[],
): SplitFieldErrors<F> {
  const result: SplitFieldErrors<F> = { byField: {}, other: [] };
  if (!error || error.kind !== 'graphql') return result;
  for (const fieldError of error.fields) {
    const name = fieldName(fieldError.field);
    const match = formFields.find((field) => field === name);
    if (match && !result.byField[match]) {
      result.byField[match] = fieldError;
    } else if (!match) {
      result.other.push(fieldError);
    }
  }
  return result;
}

/** True when every error is a field error shown next to its input, so no alert is needed. */
export function onlyPlacedErrors(error: ApiError, unplacedCount: number): boolean {
  return (
    error.kind === 'graphql' &&
    error.code === 'BAD_USER_INPUT' &&
    error.fields.length > 0 &&
    unplacedCount === 0
  );
}
