import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

@Entity('members')
@Index('uq_members_email', ['email'], { unique: true })
@Index('uq_members_org_employee_number', ['organizationId', 'employeeNumber'], { unique: true })
@Index('ix_members_org_reading', ['organizationId', 'nameReading'])
@Index('ix_members_org_department', ['organizationId', 'departmentId'])
@Index('ix_members_org_active', ['organizationId', 'active'])
export class MemberEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** Normalized (lower case); unique across the installation because sign-in is by email. */
  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { name: 'display_name', length: 200 })
  displayName: string;

  /** Furigana in katakana, used for 五十音 sorting. */
  @Column('varchar', { name: 'name_reading', length: 200 })
  nameReading: string;

  @Column('varchar', { name: 'employee_number', length: 32, nullable: true })
  employeeNumber: string | null;

  @Column('varchar', { name: 'department_id', length: 36, nullable: true })
  departmentId: string | null;

  @Column('boolean')
  active: boolean;

  @Column('date', { name: 'joined_on', nullable: true })
  joinedOn: string | null;

  @Column('varchar', { length: 5 })
  locale: string;

  @Column('varchar', { name: 'password_hash', length: 255, nullable: true })
  passwordHash: string | null;

  @Column('datetime', { name: 'password_changed_at', nullable: true })
  passwordChangedAt: Date | null;

  @Column('datetime', { name: 'last_login_at', nullable: true })
  lastLoginAt: Date | null;

  @Column('datetime', { name: 'deactivated_at', nullable: true })
  deactivatedAt: Date | null;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
