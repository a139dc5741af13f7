import { v7 as uuidv7 } from 'uuid';
import type { Role } from '@chienowa/domain';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { MemberRoleEntity } from '../../../apps/api/src/modules/identity/entities/member-role.entity';
import { hashPassword } from '../../../apps/api/src/modules/identity/services/password-hasher.service';
import { DepartmentEntity } from '../../../apps/api/src/modules/organization/entities/department.entity';
import { TeamEntity } from '../../../apps/api/src/modules/organization/entities/team.entity';
import { TeamMemberEntity } from '../../../apps/api/src/modules/organization/entities/team-member.entity';
import { PointsLedgerService } from '../../../apps/api/src/modules/points/services/points-ledger.service';
import { createOrganization, TEST_PASSWORD } from '../../support/factories';
import type { GraphQLClient } from '../../support/graphql-client';
import type { TestApp } from '../../support/test-app';

export type MemberSpec = {
  name: string;
  reading: string;
  department?: string;
  teams?: string[];
  roles?: Role[];
  active?: boolean;
};

export type SeededOrg = {
  organizationId: string;
  adminId: string;
  adminEmail: string;
  departments: Record<string, string>;
  teams: Record<string, string>;
  members: Record<string, MemberEntity>;
  login: (key: string) => Promise<GraphQLClient>;
  adminClient: () => Promise<GraphQLClient>;
  /** Pays `points` to the member at `at` through the real ledger (a manual adjustment). */
  award: (key: string, points: number, at?: Date) => Promise<void>;
};

/**
 * A fresh organization with its own departments, teams and members (password TEST_PASSWORD),
 * so a suite controls every total on its boards.
 */
export async function seedOrganization(
  t: TestApp,
  slug: string,
  spec: {
    departments: string[];
    teams: { name: string; department?: string }[];
    members: Record<string, MemberSpec>;
  },
): Promise<SeededOrg> {
  const { organizationId, adminEmail } = await createOrganization(t.dataSource, slug);
  const tenant = { organizationId };
  const db = t.app.get(TenantDataSource);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const now = new Date();
  const departments: Record<string, string> = {};
  const teams: Record<string, string> = {};
  const members: Record<string, MemberEntity> = {};
  const admin = await t.dataSource.getRepository(MemberEntity).findOneByOrFail({
    email: adminEmail,
  });
  await db.transaction(tenant, async (scope) => {
    for (const name of spec.departments) {
      const id = uuidv7();
      departments[name] = id;
      await scope
        .repo(DepartmentEntity)
        .insert(
          scope
            .repo(DepartmentEntity)
            .create({ id, name, parentId: null, createdAt: now, updatedAt: now }),
        );
    }
    for (const team of spec.teams) {
      const id = uuidv7();
      teams[team.name] = id;
      await scope.repo(TeamEntity).insert(
        scope.repo(TeamEntity).create({
          id,
          name: team.name,
          departmentId: team.department ? departments[team.department] : null,
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    for (const [key, m] of Object.entries(spec.members)) {
      const member = scope.repo(MemberEntity).create({
        id: uuidv7(),
        email: `${key}@${slug}.example.com`,
        displayName: m.name,
        nameReading: m.reading,
        employeeNumber: null,
        departmentId: m.department ? departments[m.department] : null,
        active: m.active ?? true,
        joinedOn: null,
        locale: 'ja',
        passwordHash,
        passwordChangedAt: now,
        lastLoginAt: null,
        deactivatedAt: m.active === false ? now : null,
        createdAt: now,
        updatedAt: now,
      });
      await scope.repo(MemberEntity).insert(member);
      members[key] = member;
      for (const role of m.roles ?? ['staff']) {
        await scope
          .repo(MemberRoleEntity)
          .insert(scope.repo(MemberRoleEntity).create({ memberId: member.id, role }));
      }
      for (const team of m.teams ?? []) {
        await scope
          .repo(TeamMemberEntity)
          .insert(
            scope.repo(TeamMemberEntity).create({ teamId: teams[team], memberId: member.id }),
          );
      }
    }
  });
  const ledger = t.app.get(PointsLedgerService);
  return {
    organizationId,
    adminId: admin.id,
    adminEmail,
    departments,
    teams,
    members,
    login: async (key) => {
      const client = t.client();
      await client.login(members[key].email, TEST_PASSWORD);
      return client;
    },
    adminClient: async () => {
      const client = t.client();
      await client.login(adminEmail, TEST_PASSWORD);
      return client;
    },
    award: async (key, points, at = new Date()) => {
      await db.transaction(tenant, (scope) =>
        ledger.record(
          scope,
          {
            kind: 'manualAdjustment',
            earnerId: members[key].id,
            actorId: admin.id,
            sourceType: 'manual',
            sourceId: uuidv7(),
            occurredAt: at,
            amount: points,
          },
          `test:${uuidv7()}`,
        ),
      );
    },
  };
}
