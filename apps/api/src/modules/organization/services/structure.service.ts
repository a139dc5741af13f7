import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { normalizeText } from '@chienowa/domain';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { MemberEntity } from '../../identity/entities/member.entity';
import { isUniqueViolation } from '../../../database/unique-violation';
import { DepartmentEntity } from '../entities/department.entity';
import { TeamMemberEntity } from '../entities/team-member.entity';
import { TeamEntity } from '../entities/team.entity';

const MAX_NAME = 100;

function validName(raw: string, field = 'name'): string {
  const name = normalizeText(raw ?? '');
  if (!name) throw BadUserInputError.field(field, `${field}.required`, 'A name is required');
  if ([...name].length > MAX_NAME) {
    throw BadUserInputError.field(
      field,
      `${field}.tooLong`,
      `A name can have at most ${MAX_NAME} characters`,
    );
  }
  return name;
}

/** Departments (one level of nesting) and teams of an organization. */
@Injectable()
export class StructureService {
  constructor(private readonly db: TenantDataSource) {}

  listDepartments(tenant: Tenant): Promise<DepartmentEntity[]> {
    return this.db
      .scope(tenant)
      .repo(DepartmentEntity)
      .find({ order: { name: 'ASC' } });
  }

  listTeams(tenant: Tenant): Promise<TeamEntity[]> {
    return this.db
      .scope(tenant)
      .repo(TeamEntity)
      .find({ order: { name: 'ASC' } });
  }

  async createDepartment(tenant: Tenant, input: { name: string; parentId?: string | null }) {
    const name = validName(input.name);
    return this.db.transaction(tenant, async (scope) => {
      await this.assertParent(scope, input.parentId ?? null, null);
      await this.assertDepartmentNameFree(scope, name, null);
      const now = new Date();
      const entity = scope.repo(DepartmentEntity).create({
        id: uuidv7(),
        name,
        parentId: input.parentId ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await this.insertUnique(() => scope.repo(DepartmentEntity).insert(entity), 'department');
      return entity;
    });
  }

  async updateDepartment(
    tenant: Tenant,
    id: string,
    input: { name: string; parentId?: string | null },
  ) {
    const name = validName(input.name);
    return this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(DepartmentEntity);
      const existing = await repo.findOneBy({ id });
      if (!existing) throw new NotFoundError('Department');
      const parentId = input.parentId ?? null;
      await this.assertParent(scope, parentId, id);
      if (parentId && (await repo.existsBy({ parentId: id }))) {
        throw BadUserInputError.field(
          'parentId',
          'department.hasChildren',
          'A department with sub-departments cannot become a sub-department',
        );
      }
      await this.assertDepartmentNameFree(scope, name, id);
      Object.assign(existing, { name, parentId, updatedAt: new Date() });
      await this.insertUnique(() => repo.save(existing), 'department');
      return existing;
    });
  }

  async deleteDepartment(tenant: Tenant, id: string): Promise<boolean> {
    return this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(DepartmentEntity);
      if (!(await repo.existsBy({ id }))) throw new NotFoundError('Department');
      if (await scope.repo(MemberEntity).existsBy({ departmentId: id })) {
        throw BadUserInputError.field('id', 'department.inUse', 'The department still has members');
      }
      if (await repo.existsBy({ parentId: id })) {
        throw BadUserInputError.field(
          'id',
          'department.hasChildren',
          'The department still has sub-departments',
        );
      }
      await scope
        .repo(TeamEntity)
        .update({ departmentId: id }, { departmentId: null, updatedAt: new Date() });
      await repo.delete({ id });
      return true;
    });
  }

  async createTeam(tenant: Tenant, input: { name: string; departmentId?: string | null }) {
    const name = validName(input.name);
    return this.db.transaction(tenant, async (scope) => {
      await this.assertDepartment(scope, input.departmentId ?? null);
      await this.assertTeamNameFree(scope, name, null);
      const now = new Date();
      const entity = scope.repo(TeamEntity).create({
        id: uuidv7(),
        name,
        departmentId: input.departmentId ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await this.insertUnique(() => scope.repo(TeamEntity).insert(entity), 'team');
      return entity;
    });
  }

  async updateTeam(
    tenant: Tenant,
    id: string,
    input: { name: string; departmentId?: string | null },
  ) {
    const name = validName(input.name);
    return this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(TeamEntity);
      const existing = await repo.findOneBy({ id });
      if (!existing) throw new NotFoundError('Team');
      await this.assertDepartment(scope, input.departmentId ?? null);
      await this.assertTeamNameFree(scope, name, id);
      Object.assign(existing, {
        name,
        departmentId: input.departmentId ?? null,
        updatedAt: new Date(),
      });
      await this.insertUnique(() => repo.save(existing), 'team');
      return existing;
    });
  }

  async deleteTeam(tenant: Tenant, id: string): Promise<boolean> {
    return this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(TeamEntity);
      if (!(await repo.existsBy({ id }))) throw new NotFoundError('Team');
      await scope.repo(TeamMemberEntity).delete({ teamId: id });
      await repo.delete({ id });
      return true;
    });
  }

  private async assertParent(scope: TenantScope, parentId: string | null, selfId: string | null) {
    if (!parentId) return;
    if (parentId === selfId) {
      throw BadUserInputError.field(
        'parentId',
        'department.parentSelf',
        'A department cannot be its own parent',
      );
    }
    const parent = await scope.repo(DepartmentEntity).findOneBy({ id: parentId });
    if (!parent)
      throw BadUserInputError.field(
        'parentId',
        'department.notFound',
        'Parent department not found',
      );
    if (parent.parentId) {
      throw BadUserInputError.field(
        'parentId',
        'department.tooDeep',
        'Departments can be nested one level only: the parent must be a top-level department',
      );
    }
  }

  private async assertDepartment(scope: TenantScope, departmentId: string | null) {
    if (departmentId && !(await scope.repo(DepartmentEntity).existsBy({ id: departmentId }))) {
      throw BadUserInputError.field('departmentId', 'department.notFound', 'Department not found');
    }
  }

  private async assertDepartmentNameFree(
    scope: TenantScope,
    name: string,
    exceptId: string | null,
  ) {
    const where = exceptId ? { name, id: Not(exceptId) } : { name };
    if (await scope.repo(DepartmentEntity).existsBy(where)) {
      throw BadUserInputError.field(
        'name',
        'department.duplicate',
        'A department with this name already exists',
      );
    }
  }

  private async assertTeamNameFree(scope: TenantScope, name: string, exceptId: string | null) {
    const where = exceptId ? { name, id: Not(exceptId) } : { name };
    if (await scope.repo(TeamEntity).existsBy(where)) {
      throw BadUserInputError.field(
        'name',
        'team.duplicate',
        'A team with this name already exists',
      );
    }
  }

  private async insertUnique(write: () => Promise<unknown>, kind: 'department' | 'team') {
    try {
      await write();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw BadUserInputError.field(
          'name',
          `${kind}.duplicate`,
          `A ${kind} with this name already exists`,
        );
      }
      throw error;
    }
  }
}
