import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** A kudos (称賛) from one member to another, for one of the organization's values. */
@Entity('kudos')
@Index('ix_kudos_org_giver_created', ['organizationId', 'giverId', 'createdAt'])
@Index('ix_kudos_org_receiver_created', ['organizationId', 'receiverId', 'createdAt'])
export class KudosEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'giver_id', length: 36 })
  giverId: string;

  @Column('varchar', { name: 'receiver_id', length: 36 })
  receiverId: string;

  @Column('varchar', { name: 'value_id', length: 36 })
  valueId: string;

  @Column('text')
  message: string;

  /** Points paid to the receiver (0 when damped, capped or not counted). */
  @Column('int')
  points: number;

  /** Local month (organization's zone) the kudos counts against the giver's budget: 2026-11. */
  @Column('varchar', { name: 'budget_month', length: 7 })
  budgetMonth: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'reversed_at', nullable: true })
  reversedAt: Date | null;

  @Column('varchar', { name: 'reversed_by', length: 36, nullable: true })
  reversedBy: string | null;

  @Column('varchar', { name: 'reversal_reason', length: 500, nullable: true })
  reversalReason: string | null;
}
