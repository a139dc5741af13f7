import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  generateTemporaryPassword,
  normalizeNameReading,
  normalizeText,
  validateMemberInput,
  type FieldError,
  type Locale,
  type Role,
} from '@chienowa/domain';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { isUniqueViolation } from '../../../database/unique-violation';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { ActivityBus } from '../../../common/events/activity-bus';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import type { Viewer } from '../../../common/auth/viewer';
import { DepartmentEntity } from '../../organization/entities/department.entity';
import { TeamMemberEntity } from '../../organization/entities/team-member.entity';
import { TeamEntity } from '../../organization/entities/team.entity';
import { MemberRoleEntity } from '../entities/member-role.entity';
import { MemberEntity } from '../entities/member.entity';
import { PasswordHasher } from './password-hasher.service';
import { SessionService } from './session.service';

export type MemberDraft = {
  email?: string | null;
  displayName?: string | null;
  nameReading?: string | null;
  employeeNumber?: string | null;
  departmentId?: string | null;
  teamIds?: string[] | null;
  roles?: Role[] | null;
  joinedOn?: string | null;
  locale?: Locale | null;
};

export type MemberListFilter = {
  search?: string | null;
  departmentId?: string | null;
  teamId?: string | null;
  role?: Role | null;
  includeInactive: boolean;
};

/** Escapes LIKE wildcards with '!', which both dialects accept as ESCAPE character. */
function escapeLike(value: string): string {
  return value.replace(/[!%_]/g, (c) => `!${c}`);
}

@Injectable()
export class MembersService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly bus: ActivityBus,
  ) {}

  async get(tenant: Tenant, id: string): Promise<MemberEntity> {
    const member = await this.db.scope(tenant).repo(MemberEntity).findOneBy({ id });
    if (!member) throw new NotFoundError('Member');
    return member;
  }

  /** Members in 五十音 order of their reading, keyset-paginated. */
  async list(
    tenant: Tenant,
    filter: MemberListFilter,
    first: number,
    after?: string | null,
  ): Promise<{
    nodes: MemberEntity[];
    hasNextPage: boolean;
    totalCount: number;
    cursors: string[];
  }> {
    assertPageSize(first);
    const repo = this.db.scope(tenant).repo(MemberEntity);
    const qb = repo.query('m');
    if (!filter.includeInactive) qb.andWhere('m.active = :active', { active: true });
    if (filter.departmentId) {
      // A parent department includes its sub-departments.
      qb.andWhere(
        '(m.department_id = :dep OR m.department_id IN (SELECT d.id FROM departments d WHERE d.parent_id = :dep AND d.organization_id = :__tenantOrganizationId))',
        { dep: filter.departmentId },
      );
    }
    if (filter.teamId) {
      qb.andWhere(
        'm.id IN (SELECT tm.member_id FROM team_members tm WHERE tm.team_id = :team AND tm.organization_id = :__tenantOrganizationId)',
        { team: filter.teamId },
      );
    }
    if (filter.role) {
      qb.andWhere(
        'm.id IN (SELECT r.member_id FROM member_roles r WHERE r.role = :role AND r.organization_id = :__tenantOrganizationId)',
        { role: filter.role },
      );
    }
    const search = normalizeText(filter.search ?? '');
    if (search) {
      const text = `%${escapeLike(search.toLowerCase())}%`;
      const reading = `%${escapeLike(normalizeNameReading(search))}%`;
      qb.andWhere(
        "(LOWER(m.display_name) LIKE :text ESCAPE '!' OR m.name_reading LIKE :reading ESCAPE '!' OR m.email LIKE :text ESCAPE '!' OR LOWER(m.employee_number) LIKE :text ESCAPE '!')",
        { text, reading },
      );
    }
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [reading, id] = decodeCursor(after, 2);
      qb.andWhere('(m.name_reading > :r OR (m.name_reading = :r AND m.id > :id))', {
        r: reading,
        id,
      });
    }
    const rows = await qb
      .orderBy('m.name_reading', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      hasNextPage: rows.length > first,
      totalCount,
      cursors: nodes.map((m) => encodeCursor([m.nameReading, m.id])),
    };
  }

  async create(
    tenant: Tenant,
    draft: MemberDraft,
  ): Promise<{ member: MemberEntity; temporaryPassword: string }> {
    const valid = this.validate(draft);
    const temporaryPassword = generateTemporaryPassword((n) => randomBytes(n));
    const passwordHash = await this.hasher.hash(temporaryPassword);
    const member = await this.db.transaction(tenant, async (scope) => {
      await this.assertReferences(scope, draft.departmentId ?? null, draft.teamIds ?? []);
      await this.assertUnique(scope, valid.email, valid.employeeNumber, null);
      const now = new Date();
      const entity = scope.repo(MemberEntity).create({
        id: uuidv7(),
        email: valid.email,
        displayName: valid.displayName,
        nameReading: valid.nameReading,
        employeeNumber: valid.employeeNumber,
        departmentId: draft.departmentId ?? null,
        active: true,
        joinedOn: valid.joinedOn,
        locale: valid.locale,
        passwordHash,
        passwordChangedAt: null,
        lastLoginAt: null,
        deactivatedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.insertMember(scope, entity);
      await this.replaceRoles(scope, entity.id, valid.roles);
      await this.replaceTeams(scope, entity.id, draft.teamIds ?? []);
      scope.afterCommit(() =>
        this.bus.publish({
          type: 'memberJoined',
          organizationId: tenant.organizationId,
          memberId: entity.id,
          occurredAt: now,
        }),
      );
      return entity;
    });
    return { member, temporaryPassword };
  }

  async update(tenant: Tenant, id: string, patch: MemberDraft): Promise<MemberEntity> {
    const member = await this.db.transaction(tenant, async (scope) => {
      const members = scope.repo(MemberEntity);
      const existing = await members.findOneBy({ id });
      if (!existing) throw new NotFoundError('Member');
      const currentRoles = (await scope.repo(MemberRoleEntity).findBy({ memberId: id })).map(
        (r) => r.role,
      );
      const merged: MemberDraft = {
        email: patch.email ?? existing.email,
        displayName: patch.displayName ?? existing.displayName,
        nameReading: patch.nameReading ?? existing.nameReading,
        employeeNumber:
          patch.employeeNumber !== undefined ? patch.employeeNumber : existing.employeeNumber,
        joinedOn: patch.joinedOn !== undefined ? patch.joinedOn : existing.joinedOn,
        roles: patch.roles ?? currentRoles,
        locale: patch.locale ?? (existing.locale as Locale),
      };
      const valid = this.validate(merged);
      const departmentId =
        patch.departmentId !== undefined ? patch.departmentId : existing.departmentId;
      await this.assertReferences(scope, departmentId, patch.teamIds ?? []);
      await this.assertUnique(scope, valid.email, valid.employeeNumber, id);
      if (patch.roles && currentRoles.includes('admin') && !valid.roles.includes('admin')) {
        await this.assertAnotherActiveAdmin(scope, id);
      }
      Object.assign(existing, {
        email: valid.email,
        displayName: valid.displayName,
        nameReading: valid.nameReading,
        employeeNumber: valid.employeeNumber,
        joinedOn: valid.joinedOn,
        locale: valid.locale,
        departmentId,
        updatedAt: new Date(),
      });
      try {
        await members.save(existing);
      } catch (error) {
        throw this.translateUniqueViolation(error);
      }
      if (patch.roles) {
        await this.replaceRoles(scope, id, valid.roles);
        scope.afterCommit(() =>
          this.bus.publish({
            type: 'memberRolesChanged',
            organizationId: tenant.organizationId,
            memberId: id,
            occurredAt: new Date(),
          }),
        );
      }
      if (patch.teamIds) await this.replaceTeams(scope, id, patch.teamIds);
      return existing;
    });
    // Roles and locale are part of the viewer its sessions resolve to.
    this.sessions.forgetMember(id);
    return member;
  }

  async setActive(viewer: Viewer, id: string, active: boolean): Promise<MemberEntity> {
    if (!active && id === viewer.memberId) {
      throw BadUserInputError.field(
        'id',
        'member.cannotDeactivateSelf',
        'You cannot deactivate yourself',
      );
    }
    const member = await this.db.transaction(viewer, async (scope) => {
      const members = scope.repo(MemberEntity);
      const existing = await members.findOneBy({ id });
      if (!existing) throw new NotFoundError('Member');
      if (existing.active === active) return existing;
      if (!active) await this.assertAnotherActiveAdmin(scope, id);
      const now = new Date();
      existing.active = active;
      existing.deactivatedAt = active ? null : now;
      existing.updatedAt = now;
      await members.save(existing);
      return existing;
    });
    if (!active) await this.sessions.destroyAllFor(id);
    return member;
  }

  /** Sets a new random password, shown once to the admin, and signs the member out everywhere. */
  async resetPassword(tenant: Tenant, id: string): Promise<string> {
    const temporaryPassword = generateTemporaryPassword((n) => randomBytes(n));
    const passwordHash = await this.hasher.hash(temporaryPassword);
    const updated = await this.db
      .scope(tenant)
      .repo(MemberEntity)
      .update({ id }, { passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() });
    if (!updated) throw new NotFoundError('Member');
    await this.sessions.destroyAllFor(id);
    return temporaryPassword;
  }

  async updatePreferences(
    viewer: Viewer,
    prefs: { locale?: Locale | null },
  ): Promise<MemberEntity> {
    const members = this.db.scope(viewer).repo(MemberEntity);
    if (prefs.locale) {
      await members.update(
        { id: viewer.memberId },
        { locale: prefs.locale, updatedAt: new Date() },
      );
      this.sessions.forgetMember(viewer.memberId);
    }
    return this.get(viewer, viewer.memberId);
  }

  private validate(draft: MemberDraft) {
    const result = validateMemberInput(
      {
        email: draft.email ?? '',
        displayName: draft.displayName ?? '',
        nameReading: draft.nameReading ?? '',
        employeeNumber: draft.employeeNumber ?? undefined,
        roles: draft.roles ?? ['staff'],
        joinedOn: draft.joinedOn ?? undefined,
        locale: draft.locale ?? undefined,
      },
      { today: new Date().toISOString().slice(0, 10) },
    );
    if (!result.ok) throw new BadUserInputError(result.errors);
    return {
      ...result.value,
      employeeNumber: result.value.employeeNumber ?? null,
      joinedOn: result.value.joinedOn ?? null,
      locale: (result.value.locale ?? 'ja') as Locale,
    };
  }

  private async assertReferences(
    scope: TenantScope,
    departmentId: string | null,
    teamIds: string[],
  ) {
    const errors: FieldError[] = [];
    if (departmentId && !(await scope.repo(DepartmentEntity).existsBy({ id: departmentId }))) {
      errors.push({
        field: 'departmentId',
        code: 'department.notFound',
        message: 'Department not found',
      });
    }
    const unique = [...new Set(teamIds)];
    if (unique.length) {
      const found = await scope.repo(TeamEntity).countBy({ id: In(unique) });
      if (found !== unique.length) {
        errors.push({ field: 'teamIds', code: 'team.notFound', message: 'Team not found' });
      }
    }
    if (errors.length) throw new BadUserInputError(errors);
  }

  private async assertUnique(
    scope: TenantScope,
    email: string,
    employeeNumber: string | null,
    exceptId: string | null,
  ) {
    const errors: FieldError[] = [];
    // Email is unique across the installation because sign-in is by email alone.
    const byEmail = await scope.manager.getRepository(MemberEntity).findOne({
      where: { email },
      select: { id: true },
    });
    if (byEmail && byEmail.id !== exceptId) {
      errors.push({
        field: 'email',
        code: 'email.duplicate',
        message: 'This email address is already in use',
      });
    }
    if (employeeNumber) {
      const byNumber = await scope
        .repo(MemberEntity)
        .findOne({ where: { employeeNumber }, select: { id: true } });
      if (byNumber && byNumber.id !== exceptId) {
        errors.push({
          field: 'employeeNumber',
          code: 'employeeNumber.duplicate',
          message: 'This employee number is already in use',
        });
      }
    }
    if (errors.length) throw new BadUserInputError(errors);
  }

  private async assertAnotherActiveAdmin(scope: TenantScope, memberId: string) {
    const admins = await scope
      .repo(MemberRoleEntity)
      .query('r')
      .innerJoin(MemberEntity, 'm', 'm.id = r.member_id AND m.active = :active', { active: true })
      .andWhere('r.role = :role', { role: 'admin' })
      .andWhere('r.member_id <> :memberId', { memberId })
      .getCount();
    const isAdmin = await scope.repo(MemberRoleEntity).existsBy({ memberId, role: 'admin' });
    if (isAdmin && admins === 0) {
      throw BadUserInputError.field(
        'roles',
        'member.lastAdmin',
        'The organization needs at least one active admin',
      );
    }
  }

  private async insertMember(scope: TenantScope, entity: MemberEntity) {
    try {
      await scope.repo(MemberEntity).insert(entity);
    } catch (error) {
      throw this.translateUniqueViolation(error);
    }
  }

  private translateUniqueViolation(error: unknown): unknown {
    if (!isUniqueViolation(error)) return error;
    const text = String((error as Error).message);
    return text.includes('employee')
      ? BadUserInputError.field(
          'employeeNumber',
          'employeeNumber.duplicate',
          'This employee number is already in use',
        )
      : BadUserInputError.field('email', 'email.duplicate', 'This email address is already in use');
  }

  async replaceRoles(scope: TenantScope, memberId: string, roles: readonly Role[]) {
    const repo = scope.repo(MemberRoleEntity);
    await repo.delete({ memberId });
    await repo.insert([...new Set(roles)].map((role) => repo.create({ memberId, role })));
  }

  async replaceTeams(scope: TenantScope, memberId: string, teamIds: readonly string[]) {
    const repo = scope.repo(TeamMemberEntity);
    await repo.delete({ memberId });
    await repo.insert([...new Set(teamIds)].map((teamId) => repo.create({ memberId, teamId })));
  }
}
