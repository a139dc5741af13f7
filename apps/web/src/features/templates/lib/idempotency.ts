/**
 * A fresh key for one user action (a copy, a fork): the API counts an action once per key, so a
 * retry of the same action must reuse its key and a new click must not.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  // Older browsers outside secure contexts: 128 random bits from getRandomValues.
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
