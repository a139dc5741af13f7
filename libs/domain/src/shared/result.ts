/** One validation problem. `code` is a stable machine key (`email.invalid`); `message` is English. */
export type FieldError = { field: string; code: string; message: string };

/** Outcome of a domain operation that can fail for expected reasons: no exceptions for bad input. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(errors: FieldError[]): Result<T> => ({ ok: false, errors });

export const fieldError = (field: string, code: string, message: string): FieldError => ({
  field,
  code,
  message,
});
