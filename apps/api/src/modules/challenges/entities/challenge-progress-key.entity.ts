import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** Facts already added to a challenge's progress: a redelivered event adds nothing. */
@Entity('challenge_progress_keys')
export class ChallengeProgressKeyEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'challenge_id', length: 36 })
  challengeId: string;

  @PrimaryColumn('varchar', { name: 'event_key', length: 160 })
  eventKey: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
