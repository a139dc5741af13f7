import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** Kudos a member gave per local month: locked while giving, so the budget holds exactly. */
@Entity('kudos_budget_counters')
export class KudosBudgetCounterEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'giver_id', length: 36 })
  giverId: string;

  @PrimaryColumn('varchar', { length: 7 })
  month: string;

  @Column('int')
  used: number;
}
