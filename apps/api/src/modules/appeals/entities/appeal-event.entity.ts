import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * Append-only audit of an appeal: who did what, when and why (submitted, resolved, withdrawn).
 * The service only inserts; the member sees these rows as the appeal's timeline.
 */
@Entity('appeal_events')
@Index('ix_appeal_events_org_appeal', ['organizationId', 'appealId', 'id'])
export class AppealEventEntity implements TenantOwned {
  /** UUIDv7: the timeline's order. */
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'appeal_id', length: 36 })
  appealId: string;

  @Column('varchar', { name: 'actor_id', length: 36 })
  actorId: string;

  /** submitted | resolved | withdrawn */
  @Column('varchar', { length: 12 })
  action: string;

  @Column('varchar', { length: 12, nullable: true })
  outcome: string | null;

  @Column('int', { nullable: true })
  points: number | null;

  @Column('varchar', { name: 'entry_id', length: 36, nullable: true })
  entryId: string | null;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
