import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { sortRoles, type Role } from '@chienowa/domain';
import { MemberRoleEntity } from '../../modules/identity/entities/member-role.entity';
import { MemberEntity } from '../../modules/identity/entities/member.entity';
import { DepartmentEntity } from '../../modules/organization/entities/department.entity';
import { OrganizationEntity } from '../../modules/organization/entities/organization.entity';
import { TeamMemberEntity } from '../../modules/organization/entities/team-member.entity';
import { TeamEntity } from '../../modules/organization/entities/team.entity';
import type { TenantScope } from '../tenancy/tenant-repository';

type Count = { key: string; count: string | number };

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * Per-request batch loaders for field resolvers (no N+1 queries), all bound to the
 * viewer's organization. Created only for signed-in requests.
 */
export function createLoaders(scope: TenantScope) {
  const departments = scope.repo(DepartmentEntity);
  const teams = scope.repo(TeamEntity);
  const teamMembers = scope.repo(TeamMemberEntity);
  const roles = scope.repo(MemberRoleEntity);
  const members = scope.repo(MemberEntity);

  const countBy = async (
    column: 'department_id' | 'parent_id',
    ids: readonly string[],
    table: 'members' | 'departments',
  ): Promise<Map<string, number>> => {
    const repo = table === 'members' ? members : departments;
    const rows = await repo
      .query('t')
      .select(`t.${column}`, 'key')
      .addSelect('COUNT(*)', 'count')
      .andWhere(`t.${column} IN (:...ids)`, { ids })
      .andWhere(table === 'members' ? 't.active = :active' : '1 = 1', { active: true })
      .groupBy(`t.${column}`)
      .getRawMany<Count>();
    return new Map(rows.map((r) => [r.key, Number(r.count)]));
  };

  return {
    member: new DataLoader<string, MemberEntity | null>(async (ids) => {
      const rows = await members.findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    organization: new DataLoader<string, OrganizationEntity | null>(async (ids) => {
      // Only the viewer's own organization is ever loadable.
      const allowed = ids.filter((id) => id === scope.tenant.organizationId);
      const rows = allowed.length
        ? await scope.manager.getRepository(OrganizationEntity).findBy({ id: In(allowed) })
        : [];
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    department: new DataLoader<string, DepartmentEntity | null>(async (ids) => {
      const rows = await departments.findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    departmentChildren: new DataLoader<string, DepartmentEntity[]>(async (ids) => {
      const rows = await departments.find({
        where: { parentId: In([...ids]) },
        order: { name: 'ASC' },
      });
      const grouped = groupBy(rows, (r) => r.parentId ?? '');
      return ids.map((id) => grouped.get(id) ?? []);
    }),
    departmentMemberCount: new DataLoader<string, number>(async (ids) => {
      const counts = await countBy('department_id', ids, 'members');
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    team: new DataLoader<string, TeamEntity | null>(async (ids) => {
      const rows = await teams.findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    teamMemberCount: new DataLoader<string, number>(async (ids) => {
      const rows = await teamMembers
        .query('tm')
        .innerJoin(MemberEntity, 'm', 'm.id = tm.member_id AND m.active = :active', {
          active: true,
        })
        .select('tm.team_id', 'key')
        .addSelect('COUNT(*)', 'count')
        .andWhere('tm.team_id IN (:...ids)', { ids })
        .groupBy('tm.team_id')
        .getRawMany<Count>();
      const counts = new Map(rows.map((r) => [r.key, Number(r.count)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    teamsOfMember: new DataLoader<string, TeamEntity[]>(async (memberIds) => {
      const links = await teamMembers.findBy({ memberId: In([...memberIds]) });
      const teamRows = links.length
        ? await teams.find({ where: { id: In([...new Set(links.map((l) => l.teamId))]) } })
        : [];
      const byId = new Map(teamRows.map((t) => [t.id, t]));
      const grouped = groupBy(links, (l) => l.memberId);
      return memberIds.map((id) =>
        (grouped.get(id) ?? [])
          .map((l) => byId.get(l.teamId))
          .filter((t): t is TeamEntity => Boolean(t))
          .sort((a, b) => a.name.localeCompare(b.name, 'ja')),
      );
    }),
    rolesOfMember: new DataLoader<string, Role[]>(async (memberIds) => {
      const rows = await roles.findBy({ memberId: In([...memberIds]) });
      const grouped = groupBy(rows, (r) => r.memberId);
      return memberIds.map((id) => sortRoles((grouped.get(id) ?? []).map((r) => r.role)));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
