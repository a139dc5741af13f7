import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** One published version of the one-page guideline (A4一枚のポジティブルール). */
@Entity('guideline_versions')
@Index('uq_guideline_versions_org_version', ['organizationId', 'version'], { unique: true })
export class GuidelineVersionEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('int')
  version: number;

  @Column('text', { name: 'recommended_uses' })
  recommendedUses: string;

  @Column('text', { name: 'never_input' })
  neverInput: string;

  @Column('text', { name: 'final_check' })
  finalCheck: string;

  @Column('varchar', { name: 'published_by', length: 36 })
  publishedBy: string;

  @Column('datetime', { name: 'published_at' })
  publishedAt: Date;
}

/** A member's acknowledgement of a guideline version. */
@Entity('guideline_acknowledgements')
export class GuidelineAcknowledgementEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @PrimaryColumn('int')
  version: number;

  @Column('datetime', { name: 'acknowledged_at' })
  acknowledgedAt: Date;
}

/** Admin-defined terms that must not be published (client names, project code names …). */
@Entity('banned_terms')
@Index('uq_banned_terms_org_term', ['organizationId', 'term'], { unique: true })
export class BannedTermEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { length: 100 })
  term: string;

  @Column('varchar', { name: 'created_by', length: 36 })
  createdBy: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}

/** The author published despite flags: what was flagged, who confirmed, when. */
@Entity('content_check_confirmations')
@Index('ix_content_confirmations_org_source', ['organizationId', 'sourceType', 'sourceId'])
export class ContentCheckConfirmationEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @Column('varchar', { name: 'source_type', length: 20 })
  sourceType: string;

  @Column('varchar', { name: 'source_id', length: 36 })
  sourceId: string;

  @Column('text', { name: 'flags_json' })
  flagsJson: string;

  @Column('datetime', { name: 'confirmed_at' })
  confirmedAt: Date;
}
