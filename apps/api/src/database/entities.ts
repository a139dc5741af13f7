import { MemberEntity } from '../modules/identity/entities/member.entity';
import { MemberRoleEntity } from '../modules/identity/entities/member-role.entity';
import { SessionEntity } from '../modules/identity/entities/session.entity';
import { DepartmentEntity } from '../modules/organization/entities/department.entity';
import { OrganizationEntity } from '../modules/organization/entities/organization.entity';
import { TeamEntity } from '../modules/organization/entities/team.entity';
import { TeamMemberEntity } from '../modules/organization/entities/team-member.entity';

/** Every TypeORM entity of the application: the schema truth both migration sets follow. */
export const ENTITIES = [
  OrganizationEntity,
  DepartmentEntity,
  TeamEntity,
  TeamMemberEntity,
  MemberEntity,
  MemberRoleEntity,
  SessionEntity,
];
