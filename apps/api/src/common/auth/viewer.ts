import type { Locale, Role } from '@chienowa/domain';
import type { Tenant } from '../tenancy/tenant-owned';

/** The signed-in member a request acts as. */
export type Viewer = Tenant & {
  readonly memberId: string;
  readonly roles: readonly Role[];
  readonly locale: Locale;
  readonly sessionTokenHash: string;
};
