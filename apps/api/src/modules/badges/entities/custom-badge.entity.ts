import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** An organization's own badge, built from the same criterion blocks as the catalogue. */
@Entity('custom_badges')
@Index('uq_custom_badges_org_code', ['organizationId', 'code'], { unique: true })
export class CustomBadgeEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** `c-<id>`: never collides with a built-in code. */
  @Column('varchar', { length: 64 })
  code: string;

  @Column('varchar', { name: 'name_ja', length: 60 })
  nameJa: string;

  @Column('varchar', { name: 'name_en', length: 60 })
  nameEn: string;

  @Column('varchar', { name: 'description_ja', length: 200 })
  descriptionJa: string;

  @Column('varchar', { name: 'description_en', length: 200 })
  descriptionEn: string;

  @Column('varchar', { length: 32 })
  metric: string;

  @Column('varchar', { length: 16 })
  period: string;

  @Column('int')
  threshold: number;

  @Column('int')
  points: number;

  @Column('varchar', { name: 'created_by', length: 36 })
  createdBy: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
