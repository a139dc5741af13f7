import { In } from 'typeorm';
import type { ChallengeUnitType } from '@chienowa/domain';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { DepartmentEntity } from '../../organization/entities/department.entity';
import { TeamEntity } from '../../organization/entities/team.entity';

/** Team or department rows by id (of the scope's organization only). */
export async function unitRows(
  scope: TenantScope,
  unitType: ChallengeUnitType,
  ids: readonly string[],
): Promise<Map<string, TeamEntity | DepartmentEntity>> {
  if (ids.length === 0) return new Map();
  const rows =
    unitType === 'team'
      ? await scope.repo(TeamEntity).findBy({ id: In([...ids]) })
      : await scope.repo(DepartmentEntity).findBy({ id: In([...ids]) });
  return new Map(rows.map((r) => [r.id, r]));
}

export async function unitNames(
  scope: TenantScope,
  unitType: ChallengeUnitType,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await unitRows(scope, unitType, ids);
  return new Map([...rows].map(([id, row]) => [id, row.name]));
}
