import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** The first result of a mutation sent with an idempotency key, replayed to retries. */
@Entity('idempotency_records')
export class IdempotencyRecordEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'idempotency_key', length: 128 })
  idempotencyKey: string;

  @Column('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @Column('varchar', { length: 64 })
  operation: string;

  /** SHA-256 of the canonical request (operation + arguments). */
  @Column('varchar', { length: 64 })
  fingerprint: string;

  @Column('text', { name: 'result_json' })
  resultJson: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
