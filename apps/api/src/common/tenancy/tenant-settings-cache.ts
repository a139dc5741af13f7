import { Injectable } from '@nestjs/common';

/** How long another process may keep using settings changed elsewhere. */
export const TENANT_SETTINGS_TTL_MS = 5_000;

/**
 * Per-organization settings read on hot paths (time zone and fiscal year, the point rules),
 * cached in memory. The process that changes a setting invalidates it at once; other processes
 * (scale-out) see the change within TENANT_SETTINGS_TTL_MS. Values are promises, so concurrent
 * misses share one read.
 */
@Injectable()
export class TenantSettingsCache {
  private readonly entries = new Map<string, { expires: number; value: Promise<unknown> }>();

  get<T>(organizationId: string, name: string, load: () => Promise<T>): Promise<T> {
    const key = `${organizationId}:${name}`;
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value as Promise<T>;
    const value = load();
    this.entries.set(key, { expires: now + TENANT_SETTINGS_TTL_MS, value });
    // A failed read is not cached.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  invalidate(organizationId: string): void {
    for (const key of this.entries.keys()) {
      if (key.startsWith(`${organizationId}:`)) this.entries.delete(key);
    }
  }
}
