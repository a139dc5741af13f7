import { LocaleEnum } from '../../organization/dto/organization.model';
import type { MemberModel } from '../dto/member.model';
import type { MemberEntity } from '../entities/member.entity';

export function toMemberModel(entity: MemberEntity): MemberModel {
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    email: entity.email,
    displayName: entity.displayName,
    nameReading: entity.nameReading,
    employeeNumber: entity.employeeNumber,
    departmentId: entity.departmentId,
    active: entity.active,
    joinedOn: entity.joinedOn,
    locale: entity.locale === 'en' ? LocaleEnum.EN : LocaleEnum.JA,
  };
}
