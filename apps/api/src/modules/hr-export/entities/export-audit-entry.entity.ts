import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * Append-only audit of contribution exports: every granted export (with the SHA-256 of the
 * exact bytes served) and every denied attempt. The service only inserts; nothing updates or
 * deletes these rows.
 */
@Entity('export_audit_log')
@Index('ix_export_audit_org_id', ['organizationId', 'id'])
export class ExportAuditEntryEntity implements TenantOwned {
  /** UUIDv7: newest last, the log's order. */
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** The member who asked; null for the command line. */
  @Column('varchar', { name: 'actor_id', length: 36, nullable: true })
  actorId: string | null;

  /** 'member' | 'cli'. */
  @Column('varchar', { name: 'actor_kind', length: 8 })
  actorKind: string;

  /** 'organization' | 'department' | 'team' | 'self'. */
  @Column('varchar', { length: 12 })
  scope: string;

  @Column('varchar', { name: 'period_id', length: 36, nullable: true })
  periodId: string | null;

  /** JSON: { departmentId, teamId, includeInactive, part, locale }. */
  @Column('text', { name: 'filters_json' })
  filtersJson: string;

  @Column('varchar', { length: 10 })
  format: string;

  @Column('int', { name: 'row_count', nullable: true })
  rowCount: number | null;

  @Column('varchar', { length: 64, nullable: true })
  sha256: string | null;

  /** 'granted' | 'denied'. */
  @Column('varchar', { length: 8 })
  outcome: string;

  @Column('varchar', { length: 500, nullable: true })
  reason: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
