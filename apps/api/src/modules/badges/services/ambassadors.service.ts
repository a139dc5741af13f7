import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { compareByReading, validateSpecialities } from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { upsertIncrement } from '../../../database/dialect-sql';
import { MemberRoleEntity } from '../../identity/entities/member-role.entity';
import { MemberEntity } from '../../identity/entities/member.entity';
import { DepartmentEntity } from '../../organization/entities/department.entity';
import { MemberSpecialityEntity } from '../entities/member-speciality.entity';

export type AmbassadorGroup = {
  department: DepartmentEntity | null;
  ambassadors: { member: MemberEntity; specialities: string[] }[];
};

const parseTags = (json: string | undefined): string[] => {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
};

/** The ambassadors directory (「この人に聞こう」): ambassadors per department with their specialities. */
@Injectable()
export class AmbassadorsService {
  constructor(private readonly db: TenantDataSource) {}

  /**
   * Active members with the ambassador role, grouped by department (a parent department also
   * lists its sub-departments' ambassadors under their own groups when filtered by it).
   */
  async directory(viewer: Viewer, departmentId: string | null): Promise<AmbassadorGroup[]> {
    const scope = this.db.scope(viewer);
    const departments = await scope.repo(DepartmentEntity).find();
    const byId = new Map(departments.map((d) => [d.id, d]));
    if (departmentId && !byId.has(departmentId)) throw new NotFoundError('Department');
    const roleRows = await scope.repo(MemberRoleEntity).findBy({ role: 'ambassador' });
    const ids = roleRows.map((r) => r.memberId);
    if (ids.length === 0) return [];
    let members = await scope.repo(MemberEntity).findBy({ id: In(ids), active: true });
    if (departmentId) {
      members = members.filter(
        (m) =>
          m.departmentId === departmentId ||
          (m.departmentId !== null && byId.get(m.departmentId)?.parentId === departmentId),
      );
    }
    const tags = await scope
      .repo(MemberSpecialityEntity)
      .findBy({ memberId: In(members.map((m) => m.id)) });
    const tagsOf = new Map(tags.map((t) => [t.memberId, parseTags(t.tagsJson)]));
    const groups = new Map<string, AmbassadorGroup>();
    for (const member of [...members].sort(compareByReading)) {
      const key = member.departmentId ?? '';
      const group = groups.get(key) ?? {
        department: member.departmentId ? (byId.get(member.departmentId) ?? null) : null,
        ambassadors: [],
      };
      group.ambassadors.push({ member, specialities: tagsOf.get(member.id) ?? [] });
      groups.set(key, group);
    }
    return [...groups.values()].sort((a, b) => {
      if (!a.department) return 1;
      if (!b.department) return -1;
      return a.department.name.localeCompare(b.department.name, 'ja');
    });
  }

  async specialities(viewer: Viewer, memberId: string): Promise<string[]> {
    const row = await this.db.scope(viewer).repo(MemberSpecialityEntity).findOneBy({ memberId });
    return parseTags(row?.tagsJson);
  }

  /** The member themself or an admin (the resolver checks which). */
  async update(viewer: Viewer, memberId: string, tags: readonly string[]): Promise<string[]> {
    const valid = validateSpecialities(tags);
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    return this.db.transaction(viewer, async (scope) => {
      if (!(await scope.repo(MemberEntity).existsBy({ id: memberId }))) {
        throw new NotFoundError('Member');
      }
      // Upsert: concurrent edits never fail on the primary key; the last one wins.
      await upsertIncrement(
        scope.manager,
        'member_specialities',
        ['organization_id', 'member_id'],
        ['organization_id', 'member_id', 'tags_json', 'updated_by', 'updated_at'],
        [
          [
            viewer.organizationId,
            memberId,
            JSON.stringify(valid.value),
            viewer.memberId,
            new Date(),
          ],
        ],
        [],
        ['tags_json', 'updated_by', 'updated_at'],
      );
      return valid.value;
    });
  }
}
