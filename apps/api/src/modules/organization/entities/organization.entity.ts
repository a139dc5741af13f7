import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('organizations')
@Index('uq_organizations_slug', ['slug'], { unique: true })
export class OrganizationEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 40 })
  slug: string;

  @Column('varchar', { length: 200 })
  name: string;

  @Column('varchar', { name: 'time_zone', length: 64 })
  timeZone: string;

  @Column('int', { name: 'fiscal_year_start_month' })
  fiscalYearStartMonth: number;

  @Column('varchar', { length: 5 })
  locale: string;

  /** Minimum all-time points of each level (JSON array), or null for the defaults. */
  @Column('varchar', { name: 'level_thresholds', length: 200, nullable: true })
  levelThresholds: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
