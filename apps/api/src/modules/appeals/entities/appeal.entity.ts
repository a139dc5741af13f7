import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * A member's appeal (異議申し立て) against one of their ledger entries or about a missing
 * credit. Its current state; the history of every step is in appeal_events.
 */
@Entity('appeals')
// One open appeal per entry: open_entry_key holds the entry id while open, NULL otherwise
// (both dialects allow many NULLs in a unique index).
@Index('uq_appeals_org_open_entry', ['organizationId', 'openEntryKey'], { unique: true })
@Index('ix_appeals_org_member', ['organizationId', 'memberId', 'id'])
@Index('ix_appeals_org_status', ['organizationId', 'status', 'id'])
export class AppealEntity implements TenantOwned {
  /** UUIDv7: lists page by id. */
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  /** open | resolved | withdrawn */
  @Column('varchar', { length: 12 })
  status: string;

  /** entry | missingCredit */
  @Column('varchar', { name: 'subject_type', length: 16 })
  subjectType: string;

  @Column('varchar', { name: 'entry_id', length: 36, nullable: true })
  entryId: string | null;

  @Column('varchar', { name: 'open_entry_key', length: 36, nullable: true })
  openEntryKey: string | null;

  /** For entries: wrongAmount | wronglyReversed | notMine | other. */
  @Column('varchar', { length: 20, nullable: true })
  issue: string | null;

  /** For a missing credit: the point event kind it should have earned. */
  @Column('varchar', { length: 32, nullable: true })
  kind: string | null;

  @Column('varchar', { name: 'source_reference', length: 500, nullable: true })
  sourceReference: string | null;

  /** Local day (YYYY-MM-DD) the missing credit's event happened. */
  @Column('varchar', { name: 'occurred_on', length: 10, nullable: true })
  occurredOn: string | null;

  /** The member's reason, 1–2000 characters. */
  @Column('text')
  reason: string;

  /** reversed | compensated | rejected, once resolved. */
  @Column('varchar', { length: 12, nullable: true })
  outcome: string | null;

  /** Compensation points (negative for a correction). */
  @Column('int', { nullable: true })
  points: number | null;

  @Column('text', { name: 'resolution_reason', nullable: true })
  resolutionReason: string | null;

  @Column('varchar', { name: 'resolved_by', length: 36, nullable: true })
  resolvedBy: string | null;

  @Column('datetime', { name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  /** The reversal or compensation entry the resolution wrote. */
  @Column('varchar', { name: 'result_entry_id', length: 36, nullable: true })
  resultEntryId: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
