import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  matchImportHeader,
  validateMemberImport,
  type MemberImportError,
  type MemberImportField,
  type MemberImportRow,
} from '@chienowa/domain';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import type { Viewer } from '../../../common/auth/viewer';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { DepartmentEntity } from '../../organization/entities/department.entity';
import { TeamMemberEntity } from '../../organization/entities/team-member.entity';
import { TeamEntity } from '../../organization/entities/team.entity';
import { MemberRoleEntity } from '../entities/member-role.entity';
import { MemberEntity } from '../entities/member.entity';
import { decodeCsv } from './csv-decoder';
import { SessionService } from './session.service';

/** 5 MiB of CSV is ~50,000 rows of a typical HR export; the domain caps rows anyway. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type MemberImportOutcome = {
  ok: boolean;
  dryRun: boolean;
  totalRows: number;
  created: number;
  updated: number;
  createdDepartments: string[];
  createdTeams: string[];
  detectedEncoding: string;
  errors: { row: number; column: string | null; code: string; message: string }[];
};

type Plan = {
  rows: MemberImportRow[];
  existingByEmail: Map<string, MemberEntity>;
  departmentIds: Map<string, string>;
  newDepartments: { name: string; parent: string | null }[];
  teamIds: Map<string, string>;
  newTeams: string[];
};

/**
 * All-or-nothing member import. Every row is validated (format in the domain, references
 * and uniqueness against the database) before anything is written; one transaction writes.
 * Existing members (matched by email) are updated, others created without a password
 * (an admin issues temporary passwords from the member list).
 */
@Injectable()
export class MemberImportService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly sessions: SessionService,
  ) {}

  async import(viewer: Viewer, fileBase64: string, dryRun: boolean): Promise<MemberImportOutcome> {
    const bytes = this.decodeBase64(fileBase64);
    let decoded: ReturnType<typeof decodeCsv>;
    try {
      decoded = decodeCsv(bytes);
    } catch (error) {
      const line = (error as { lines?: number }).lines;
      return this.failed(dryRun, 0, 'unknown', [
        {
          row: line ?? 1,
          column: null,
          code: 'file.invalidCsv',
          message: `The file is not valid CSV: ${(error as Error).message}`,
        },
      ]);
    }
    const today = new Date().toISOString().slice(0, 10);
    const validation = validateMemberImport(decoded.table, { today });
    const totalRows = validation.rows.length + new Set(validation.errors.map((e) => e.row)).size;
    if (validation.errors.length) {
      return this.failed(dryRun, totalRows, decoded.encoding, validation.errors);
    }
    if (validation.rows.length === 0) {
      return this.failed(dryRun, 0, decoded.encoding, [
        { row: 2, column: null, code: 'file.noRows', message: 'The file has no member rows' },
      ]);
    }

    const headers = headerTexts(decoded.table);
    const run = async (scope: TenantScope): Promise<MemberImportOutcome> => {
      const { plan, errors } = await this.plan(scope, viewer, validation.rows, headers);
      if (errors.length) return this.failed(dryRun, totalRows, decoded.encoding, errors);
      const created = plan.rows.filter((r) => !plan.existingByEmail.has(r.email)).length;
      const outcome: MemberImportOutcome = {
        ok: true,
        dryRun,
        totalRows,
        created,
        updated: plan.rows.length - created,
        createdDepartments: plan.newDepartments.map((d) =>
          d.parent ? `${d.parent}/${d.name}` : d.name,
        ),
        createdTeams: plan.newTeams,
        detectedEncoding: decoded.encoding,
        errors: [],
      };
      const columns = {
        roles: headers.has('roles'),
        teams: headers.has('teams'),
        department: headers.has('department'),
      };
      if (!dryRun) deactivated.push(...(await this.write(scope, plan, columns)));
      return outcome;
    };
    const deactivated: string[] = [];
    const outcome = dryRun
      ? await run(this.db.scope(viewer))
      : await this.db.transaction(viewer, run);
    for (const id of deactivated) await this.sessions.destroyAllFor(id);
    // Imported roles and locales change what sessions resolve to.
    if (!dryRun) this.sessions.forgetMember(undefined);
    return outcome;
  }

  private decodeBase64(fileBase64: string): Uint8Array {
    if (fileBase64.length > Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4) {
      throw BadUserInputError.field('fileBase64', 'file.tooLarge', 'The file is larger than 5 MB');
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(fileBase64.replace(/\s/g, ''))) {
      throw BadUserInputError.field(
        'fileBase64',
        'file.invalid',
        'The file content is not valid base64',
      );
    }
    const bytes = Buffer.from(fileBase64, 'base64');
    if (bytes.length === 0) {
      throw BadUserInputError.field('fileBase64', 'file.empty', 'The file is empty');
    }
    return bytes;
  }

  private failed(
    dryRun: boolean,
    totalRows: number,
    encoding: string,
    errors: Pick<MemberImportError, 'row' | 'column' | 'code' | 'message'>[],
  ): MemberImportOutcome {
    return {
      ok: false,
      dryRun,
      totalRows,
      created: 0,
      updated: 0,
      createdDepartments: [],
      createdTeams: [],
      detectedEncoding: encoding,
      errors: errors
        .map((e) => ({ row: e.row, column: e.column, code: e.code, message: e.message }))
        .sort((a, b) => a.row - b.row),
    };
  }

  /** Checks every row against the database; collects all problems instead of stopping. */
  private async plan(
    scope: TenantScope,
    viewer: Viewer,
    rows: MemberImportRow[],
    headers: Map<MemberImportField, string>,
  ) {
    const errors: { row: number; column: string | null; code: string; message: string }[] = [];
    const col = (field: MemberImportField) => headers.get(field) ?? field;
    const emails = rows.map((r) => r.email);
    // Emails are unique across the installation (sign-in is by email).
    const sameEmail = await scope.manager.getRepository(MemberEntity).findBy({ email: In(emails) });
    const existingByEmail = new Map<string, MemberEntity>();
    for (const m of sameEmail) {
      if (m.organizationId === viewer.organizationId) existingByEmail.set(m.email, m);
    }
    const numbers = rows.map((r) => r.employeeNumber).filter((n): n is string => Boolean(n));
    const byNumber = numbers.length
      ? await scope.repo(MemberEntity).findBy({ employeeNumber: In(numbers) })
      : [];
    const numberOwner = new Map(byNumber.map((m) => [m.employeeNumber, m.email]));

    for (const row of rows) {
      const other = sameEmail.find((m) => m.email === row.email);
      if (other && other.organizationId !== viewer.organizationId) {
        errors.push({
          row: row.row,
          column: col('email'),
          code: 'email.duplicate',
          message: 'This email address is already in use',
        });
      }
      const owner = row.employeeNumber ? numberOwner.get(row.employeeNumber) : undefined;
      if (owner && owner !== row.email) {
        errors.push({
          row: row.row,
          column: col('employeeNumber'),
          code: 'employeeNumber.duplicate',
          message: `Employee number ${row.employeeNumber} already belongs to another member (${owner})`,
        });
      }
      if (!row.active && existingByEmail.get(row.email)?.id === viewer.memberId) {
        errors.push({
          row: row.row,
          column: col('active'),
          code: 'member.cannotDeactivateSelf',
          message: 'You cannot deactivate yourself by import',
        });
      }
    }

    const departments = await scope.repo(DepartmentEntity).find();
    const departmentIds = new Map(departments.map((d) => [d.name, d.id]));
    const departmentParent = new Map(departments.map((d) => [d.name, d.parentId]));
    const newDepartments: Plan['newDepartments'] = [];
    const seenNew = new Map<string, string | null>();
    for (const row of rows) {
      const dep = row.department;
      if (!dep) continue;
      const names = dep.parent ? [{ name: dep.parent, parent: null }, dep] : [dep];
      for (const d of names) {
        const parentName = d.parent ?? null;
        if (departmentIds.has(d.name)) {
          const existingParentId = departmentParent.get(d.name) ?? null;
          const expectedParentId = parentName ? (departmentIds.get(parentName) ?? null) : null;
          if (parentName && existingParentId !== expectedParentId) {
            errors.push({
              row: row.row,
              column: col('department'),
              code: 'department.parentMismatch',
              message: `Department "${d.name}" exists but not under "${parentName}"`,
            });
          }
          continue;
        }
        if (seenNew.has(d.name)) {
          if (seenNew.get(d.name) !== parentName) {
            errors.push({
              row: row.row,
              column: col('department'),
              code: 'department.parentConflict',
              message: `Department "${d.name}" appears under different parents in the file`,
            });
          }
          continue;
        }
        if (parentName && departmentParent.get(parentName)) {
          errors.push({
            row: row.row,
            column: col('department'),
            code: 'department.tooDeep',
            message: `"${parentName}" is itself a sub-department; departments nest one level only`,
          });
          continue;
        }
        seenNew.set(d.name, parentName);
        newDepartments.push({ name: d.name, parent: parentName });
      }
    }

    const teams = await scope.repo(TeamEntity).find();
    const teamIds = new Map(teams.map((t) => [t.name, t.id]));
    const newTeams = [...new Set(rows.flatMap((r) => r.teams))].filter((t) => !teamIds.has(t));

    return {
      plan: { rows, existingByEmail, departmentIds, newDepartments, teamIds, newTeams } as Plan,
      errors,
    };
  }

  private async write(
    scope: TenantScope,
    plan: Plan,
    columns: { roles: boolean; teams: boolean; department: boolean },
  ): Promise<string[]> {
    const now = new Date();
    const departments = scope.repo(DepartmentEntity);
    // Parents first, so children can point at them.
    const ordered = [...plan.newDepartments].sort(
      (a, b) => Number(!!a.parent) - Number(!!b.parent),
    );
    for (const d of ordered) {
      const entity = departments.create({
        id: uuidv7(),
        name: d.name,
        parentId: d.parent ? (plan.departmentIds.get(d.parent) ?? null) : null,
        createdAt: now,
        updatedAt: now,
      });
      await departments.insert(entity);
      plan.departmentIds.set(d.name, entity.id);
    }
    const teams = scope.repo(TeamEntity);
    const newTeamEntities = plan.newTeams.map((name) =>
      teams.create({ id: uuidv7(), name, departmentId: null, createdAt: now, updatedAt: now }),
    );
    await teams.insert(newTeamEntities);
    for (const t of newTeamEntities) plan.teamIds.set(t.name, t.id);

    const members = scope.repo(MemberEntity);
    const roles = scope.repo(MemberRoleEntity);
    const teamLinks = scope.repo(TeamMemberEntity);
    const deactivated: string[] = [];
    for (const row of plan.rows) {
      const departmentId = row.department
        ? (plan.departmentIds.get(row.department.name) ?? null)
        : null;
      const existing = plan.existingByEmail.get(row.email);
      let memberId: string;
      if (existing) {
        memberId = existing.id;
        if (existing.active && !row.active) deactivated.push(memberId);
        await members.update(
          { id: memberId },
          {
            displayName: row.displayName,
            nameReading: row.nameReading,
            employeeNumber: row.employeeNumber ?? existing.employeeNumber,
            departmentId: columns.department ? departmentId : existing.departmentId,
            joinedOn: row.joinedOn ?? existing.joinedOn,
            active: row.active,
            deactivatedAt: row.active ? null : (existing.deactivatedAt ?? now),
            updatedAt: now,
          },
        );
      } else {
        memberId = uuidv7();
        await members.insert(
          members.create({
            id: memberId,
            email: row.email,
            displayName: row.displayName,
            nameReading: row.nameReading,
            employeeNumber: row.employeeNumber,
            departmentId,
            active: row.active,
            joinedOn: row.joinedOn,
            locale: 'ja',
            // No usable password until an admin issues a temporary one.
            passwordHash: null,
            passwordChangedAt: null,
            lastLoginAt: null,
            deactivatedAt: row.active ? null : now,
            createdAt: now,
            updatedAt: now,
          }),
        );
      }
      if (!existing || columns.roles) {
        await roles.delete({ memberId });
        await roles.insert(row.roles.map((role) => roles.create({ memberId, role })));
      }
      if (!existing || columns.teams) {
        await teamLinks.delete({ memberId });
        await teamLinks.insert(
          row.teams.map((name) =>
            teamLinks.create({ memberId, teamId: plan.teamIds.get(name) as string }),
          ),
        );
      }
    }
    return deactivated;
  }
}

/** The file's header text for each member field present (errors name columns as the file does). */
function headerTexts(table: string[][]): Map<MemberImportField, string> {
  const header = table.find((cells) => cells.some((c) => c.trim() !== '')) ?? [];
  const map = new Map<MemberImportField, string>();
  for (const raw of header) {
    const text = raw.replace(/^\uFEFF/, '').trim();
    const field = matchImportHeader(text);
    if (field && !map.has(field)) map.set(field, text);
  }
  return map;
}
