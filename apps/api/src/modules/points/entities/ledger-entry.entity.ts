import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * One line of the append-only points ledger. Never updated or deleted: a correction is a new
 * entry with negative points that `reverses` the original.
 */
@Entity('ledger_entries')
@Index('uq_ledger_org_idempotency', ['organizationId', 'idempotencyKey'], { unique: true })
@Index('uq_ledger_reverses', ['reversesEntryId'], { unique: true })
@Index('ix_ledger_org_member_day', ['organizationId', 'memberId', 'localDay'])
@Index('ix_ledger_org_day', ['organizationId', 'localDay'])
@Index('ix_ledger_org_source', ['organizationId', 'sourceType', 'sourceId'])
export class LedgerEntryEntity implements TenantOwned {
  /** UUIDv7: time-ordered, so inserts append to the primary key. */
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @Column('int')
  points: number;

  @Column('varchar', { length: 32 })
  kind: string;

  @Column('varchar', { length: 16 })
  category: string;

  @Column('int', { name: 'rule_version' })
  ruleVersion: number;

  @Column('varchar', { name: 'source_type', length: 20 })
  sourceType: string;

  @Column('varchar', { name: 'source_id', length: 36 })
  sourceId: string;

  @Column('varchar', { name: 'actor_id', length: 36, nullable: true })
  actorId: string | null;

  @Column('datetime', { name: 'occurred_at' })
  occurredAt: Date;

  /** The organization's local date of occurredAt (YYYY-MM-DD): period boundaries in SQL. */
  @Column('varchar', { name: 'local_day', length: 10 })
  localDay: string;

  @Column('varchar', { name: 'idempotency_key', length: 160 })
  idempotencyKey: string;

  @Column('varchar', { name: 'reverses_entry_id', length: 36, nullable: true })
  reversesEntryId: string | null;

  @Column('varchar', { length: 500, nullable: true })
  reason: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
