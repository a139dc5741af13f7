// Idempotent mutations: every mutation that records an event carries a client-chosen key. The
// first request with a key is executed and its result stored with a fingerprint of its
// arguments; a retry with the same key and the same arguments replays that result and writes
// nothing; the same key with different arguments is a client bug and is refused.
import { fail, fieldError, ok, type Result } from '../shared/result';

export const IDEMPOTENCY_KEY_MIN_LENGTH = 8;
/** Store keys in an ASCII column of this length (VARCHAR(128)) with a unique index. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;
// UUIDs, ULIDs and composed system keys such as publish:<uuid>:2.
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]+$/;

export const validateIdempotencyKey = (key: string): Result<string> =>
  key.length >= IDEMPOTENCY_KEY_MIN_LENGTH &&
  key.length <= IDEMPOTENCY_KEY_MAX_LENGTH &&
  IDEMPOTENCY_KEY.test(key)
    ? ok(key)
    : fail([
        fieldError(
          'idempotencyKey',
          'idempotencyKey.invalid',
          `The idempotency key must be ${IDEMPOTENCY_KEY_MIN_LENGTH}–${IDEMPOTENCY_KEY_MAX_LENGTH} characters of letters, digits, '.', '_', ':' or '-' (a UUID works).`,
        ),
      ]);

type Canonical = null | boolean | number | string | Canonical[] | { [key: string]: Canonical };

const canonicalize = (value: unknown, path: string, seen: Set<object>): Canonical => {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${path} is not a finite number`);
    return value === 0 ? 0 : value; // -0 and 0 are the same argument
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`${path} is an invalid Date`);
    return value.toISOString();
  }
  if (typeof value !== 'object')
    throw new TypeError(`${path} cannot be fingerprinted (${typeof value})`);
  if (seen.has(value)) throw new TypeError(`${path} is circular`);
  seen.add(value);
  try {
    if (Array.isArray(value))
      return value.map((item, i) => canonicalize(item, `${path}[${i}]`, seen));
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`${path} is not a plain object`);
    }
    const out: { [key: string]: Canonical } = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      // An absent optional argument and an explicit undefined are the same request.
      if (item !== undefined) out[key] = canonicalize(item, `${path}.${key}`, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
};

/**
 * A canonical string for an operation and its arguments: JSON with object keys sorted at every
 * depth, undefined members dropped, Dates as ISO strings. Equal requests give equal strings
 * whatever the key order; hashing it (SHA-256) is the caller's job. Throws for values JSON cannot
 * represent faithfully (NaN, Infinity, functions, class instances, cycles).
 */
export const requestFingerprint = (operation: string, args: Record<string, unknown>): string =>
  JSON.stringify([operation, canonicalize(args, 'args', new Set())]);

export type IdempotencyOutcome = 'new' | 'replay' | 'conflict';

/** `stored` is what was saved under the same key in the same organization, or null. */
export const checkIdempotentReplay = (
  stored: { fingerprint: string } | null,
  fingerprint: string,
): IdempotencyOutcome =>
  stored === null ? 'new' : stored.fingerprint === fingerprint ? 'replay' : 'conflict';
