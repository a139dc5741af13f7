import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** Counted-once keys (one view per viewer, post and day; one like per member and post …). */
@Entity('point_dedupe_keys')
export class PointDedupeKeyEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'dedupe_key', length: 160 })
  dedupeKey: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
