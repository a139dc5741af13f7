import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** Every recorded event, counted for points or not: the usage statistics. */
@Entity('usage_events')
@Index('ix_usage_org_source', ['organizationId', 'sourceType', 'sourceId'])
@Index('ix_usage_org_actor_day', ['organizationId', 'actorId', 'localDay'])
@Index('ix_usage_org_day', ['organizationId', 'localDay'])
@Index('ix_usage_org_earner_kind_day', ['organizationId', 'earnerId', 'kind', 'localDay'])
export class UsageEventEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { length: 32 })
  kind: string;

  @Column('varchar', { name: 'actor_id', length: 36, nullable: true })
  actorId: string | null;

  @Column('varchar', { name: 'earner_id', length: 36 })
  earnerId: string;

  @Column('varchar', { name: 'source_type', length: 20 })
  sourceType: string;

  @Column('varchar', { name: 'source_id', length: 36 })
  sourceId: string;

  @Column('boolean')
  counted: boolean;

  @Column('varchar', { name: 'uncounted_reason', length: 20, nullable: true })
  uncountedReason: string | null;

  @Column('datetime', { name: 'occurred_at' })
  occurredAt: Date;

  @Column('varchar', { name: 'local_day', length: 10 })
  localDay: string;
}
