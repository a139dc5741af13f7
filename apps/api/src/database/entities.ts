import { MemberEntity } from '../modules/identity/entities/member.entity';
import { MemberRoleEntity } from '../modules/identity/entities/member-role.entity';
import { SessionEntity } from '../modules/identity/entities/session.entity';
import { DepartmentEntity } from '../modules/organization/entities/department.entity';
import { OrganizationEntity } from '../modules/organization/entities/organization.entity';
import { TeamEntity } from '../modules/organization/entities/team.entity';
import { TeamMemberEntity } from '../modules/organization/entities/team-member.entity';
import { IdempotencyRecordEntity } from '../modules/points/entities/idempotency-record.entity';
import { LedgerEntryEntity } from '../modules/points/entities/ledger-entry.entity';
import { MemberDailyEarningEntity } from '../modules/points/entities/member-daily-earning.entity';
import { MemberPointTotalEntity } from '../modules/points/entities/member-point-total.entity';
import { PointDedupeKeyEntity } from '../modules/points/entities/point-dedupe-key.entity';
import { PointRuleSetEntity } from '../modules/points/entities/point-rule-set.entity';
import { UsageEventEntity } from '../modules/points/entities/usage-event.entity';

/** Every TypeORM entity of the application: the schema truth both migration sets follow. */
export const ENTITIES = [
  OrganizationEntity,
  DepartmentEntity,
  TeamEntity,
  TeamMemberEntity,
  MemberEntity,
  MemberRoleEntity,
  SessionEntity,
  PointRuleSetEntity,
  LedgerEntryEntity,
  MemberPointTotalEntity,
  MemberDailyEarningEntity,
  PointDedupeKeyEntity,
  IdempotencyRecordEntity,
  UsageEventEntity,
];
