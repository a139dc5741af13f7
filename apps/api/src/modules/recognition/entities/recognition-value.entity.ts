import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** An organization value (価値観) a kudos is given for; admin-defined, archived not deleted. */
@Entity('recognition_values')
@Index('uq_recognition_values_org_label', ['organizationId', 'label'], { unique: true })
export class RecognitionValueEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { length: 60 })
  label: string;

  @Column('varchar', { name: 'label_en', length: 60, nullable: true })
  labelEn: string | null;

  @Column('int')
  position: number;

  @Column('datetime', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
