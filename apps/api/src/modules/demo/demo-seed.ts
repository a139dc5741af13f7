import { v7 as uuidv7 } from 'uuid';
import { DataSource } from 'typeorm';
import { transactional } from '../../database/write-lock';
import { MemberRoleEntity } from '../identity/entities/member-role.entity';
import { hashPassword } from '../identity/services/password-hasher.service';
import { MemberEntity } from '../identity/entities/member.entity';
import { DepartmentEntity } from '../organization/entities/department.entity';
import { OrganizationEntity } from '../organization/entities/organization.entity';
import { TeamMemberEntity } from '../organization/entities/team-member.entity';
import { TeamEntity } from '../organization/entities/team.entity';
import {
  DEMO_DEPARTMENTS,
  DEMO_MEMBERS,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_TEAMS,
} from './demo-organization.data';

export const DEMO_MEMBERS_FOR_README = [
  'admin@example.com    (管理者 admin)',
  'hr@example.com       (人事 HR)',
  'manager@example.com  (管理職 manager)',
  'staff@example.com    (社員 staff)',
];

/**
 * Seeds the demo company into an empty database (no organization yet). Returns whether it
 * seeded. Idempotent: a database that has any organization is left alone.
 */
export async function seedDemoOrganization(dataSource: DataSource): Promise<boolean> {
  if ((await dataSource.getRepository(OrganizationEntity).count()) > 0) return false;
  // One hash for every demo account (same known password) keeps the first start fast.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await transactional(dataSource, async (manager) => {
    const now = new Date();
    const organizationId = uuidv7();
    await manager.getRepository(OrganizationEntity).insert({
      id: organizationId,
      ...DEMO_ORGANIZATION,
      levelThresholds: null,
      createdAt: now,
      updatedAt: now,
    });
    const departmentIds = new Map<string, string>();
    for (const d of [...DEMO_DEPARTMENTS].sort(
      (a, b) => Number(!!a.parentKey) - Number(!!b.parentKey),
    )) {
      const id = uuidv7();
      departmentIds.set(d.key, id);
      await manager.getRepository(DepartmentEntity).insert({
        id,
        organizationId,
        name: d.name,
        parentId: d.parentKey ? (departmentIds.get(d.parentKey) ?? null) : null,
        createdAt: now,
        updatedAt: now,
      });
    }
    const teamIds = new Map<string, string>();
    await manager.getRepository(TeamEntity).insert(
      DEMO_TEAMS.map((t) => {
        const id = uuidv7();
        teamIds.set(t.key, id);
        return {
          id,
          organizationId,
          name: t.name,
          departmentId: departmentIds.get(t.departmentKey) ?? null,
          createdAt: now,
          updatedAt: now,
        };
      }),
    );
    const members = DEMO_MEMBERS.map((m) => ({ ...m, id: uuidv7() }));
    await manager.getRepository(MemberEntity).insert(
      members.map((m) => ({
        id: m.id,
        organizationId,
        email: m.email,
        displayName: m.displayName,
        nameReading: m.nameReading,
        employeeNumber: m.employeeNumber,
        departmentId: departmentIds.get(m.departmentKey) ?? null,
        active: true,
        joinedOn: m.joinedOn,
        locale: m.locale,
        passwordHash,
        passwordChangedAt: now,
        lastLoginAt: null,
        deactivatedAt: null,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await manager
      .getRepository(MemberRoleEntity)
      .insert(
        members.flatMap((m) => m.roles.map((role) => ({ memberId: m.id, role, organizationId }))),
      );
    await manager.getRepository(TeamMemberEntity).insert(
      members.flatMap((m) =>
        m.teamKeys.map((key) => ({
          memberId: m.id,
          teamId: teamIds.get(key) as string,
          organizationId,
        })),
      ),
    );
  });
  return true;
}
