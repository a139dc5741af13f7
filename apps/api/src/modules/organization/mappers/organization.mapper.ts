import { LocaleEnum, type OrganizationModel } from '../dto/organization.model';
import type { DepartmentModel } from '../dto/department.model';
import type { TeamModel } from '../dto/team.model';
import type { DepartmentEntity } from '../entities/department.entity';
import type { OrganizationEntity } from '../entities/organization.entity';
import type { TeamEntity } from '../entities/team.entity';

export function toOrganizationModel(entity: OrganizationEntity): OrganizationModel {
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    timeZone: entity.timeZone,
    fiscalYearStartMonth: entity.fiscalYearStartMonth,
    locale: entity.locale === 'en' ? LocaleEnum.EN : LocaleEnum.JA,
  };
}

export function toDepartmentModel(entity: DepartmentEntity): DepartmentModel {
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    name: entity.name,
    parentId: entity.parentId,
  };
}

export function toTeamModel(entity: TeamEntity): TeamModel {
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    name: entity.name,
    departmentId: entity.departmentId,
  };
}
