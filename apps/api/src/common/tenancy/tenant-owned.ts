/** Every tenant-owned entity carries its organization. */
export interface TenantOwned {
  organizationId: string;
}

/** The organization a request acts for, taken from the signed-in member's session. */
export type Tenant = { readonly organizationId: string };
