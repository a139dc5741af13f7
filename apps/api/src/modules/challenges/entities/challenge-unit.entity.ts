import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * A participating team or department and its progress: `progress` is the raw value (points,
 * posts, reuses, minutes saved, active members), maintained as events happen and replaced by
 * the exact recompute when the challenge closes, together with the frozen headcount and rank.
 */
@Entity('challenge_units')
@Index('ix_challenge_units_org_unit', ['organizationId', 'unitId'])
export class ChallengeUnitEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'challenge_id', length: 36 })
  challengeId: string;

  @PrimaryColumn('varchar', { name: 'unit_id', length: 36 })
  unitId: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('int')
  progress: number;

  @Column('int', { name: 'final_headcount', nullable: true })
  finalHeadcount: number | null;

  @Column('int', { name: 'final_rank', nullable: true })
  finalRank: number | null;

  @Column('boolean')
  won: boolean;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
