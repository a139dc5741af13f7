import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** What a member can help with (ambassador directory): free tags, stored as a JSON array. */
@Entity('member_specialities')
export class MemberSpecialityEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @Column('text', { name: 'tags_json' })
  tagsJson: string;

  @Column('varchar', { name: 'updated_by', length: 36 })
  updatedBy: string;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
