import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** Versioned point rules of an organization; entries record the version that paid them. */
@Entity('point_rule_sets')
@Index('uq_point_rule_sets_org_version', ['organizationId', 'version'], { unique: true })
export class PointRuleSetEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('int')
  version: number;

  @Column('text', { name: 'rules_json' })
  rulesJson: string;

  @Column('varchar', { name: 'created_by', length: 36, nullable: true })
  createdBy: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
