import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** A sign-in session. The cookie holds a random token; only its SHA-256 is stored. */
@Entity('sessions')
@Index('ix_sessions_member', ['memberId'])
@Index('ix_sessions_expires', ['expiresAt'])
export class SessionEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'token_hash', length: 64 })
  tokenHash: string;

  @Column('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'last_seen_at' })
  lastSeenAt: Date;

  @Column('datetime', { name: 'expires_at' })
  expiresAt: Date;

  @Column('varchar', { name: 'user_agent', length: 255, nullable: true })
  userAgent: string | null;
}
