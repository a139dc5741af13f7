import type { Viewer } from './viewer';

type Entry = { viewer: Viewer; until: number };

/**
 * Remembers for a few seconds which viewer a session token hash resolved to, so a request does
 * not pay the session, member and role reads again. Entries are dropped when the session ends
 * or the member's roles, locale or active flag change (see SessionService); `until` never
 * passes the session's expiry or its next sliding-expiry refresh.
 */
export class ViewerCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every forget: a lookup that started before one does not store its result. */
  private epoch = 0;

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(tokenHash: string, now: number): Viewer | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.until <= now) {
      this.entries.delete(tokenHash);
      return null;
    }
    return entry.viewer;
  }

  /** Read before a lookup; pass to set() with its result. */
  get generation(): number {
    return this.epoch;
  }

  /** Keeps the viewer until min(now + ttl, until), unless something was forgotten meanwhile. */
  set(viewer: Viewer, now: number, until: number, generation: number): void {
    if (this.ttlMs <= 0 || generation !== this.epoch) return;
    const end = Math.min(now + this.ttlMs, until);
    if (end <= now) return;
    if (this.entries.size >= this.maxEntries) {
      // Insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.delete(viewer.sessionTokenHash);
    this.entries.set(viewer.sessionTokenHash, { viewer, until: end });
  }

  forgetSession(tokenHash: string): void {
    this.epoch += 1;
    this.entries.delete(tokenHash);
  }

  forgetMember(memberId: string): void {
    this.epoch += 1;
    for (const [hash, entry] of this.entries) {
      if (entry.viewer.memberId === memberId) this.entries.delete(hash);
    }
  }

  clear(): void {
    this.epoch += 1;
    this.entries.clear();
  }
}
