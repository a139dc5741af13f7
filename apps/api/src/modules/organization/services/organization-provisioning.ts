import { v7 as uuidv7 } from 'uuid';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DEFAULT_ORGANIZATION_SETTINGS,
  normalizeEmail,
  validateDisplayName,
  validateEmail,
  validateNameReading,
  validateOrganizationName,
  validateOrganizationSettings,
  validateOrganizationSlug,
  type FieldError,
  type Locale,
} from '@chienowa/domain';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import { transactional } from '../../../database/write-lock';
import { MemberRoleEntity } from '../../identity/entities/member-role.entity';
import { MemberEntity } from '../../identity/entities/member.entity';
import { OrganizationEntity } from '../entities/organization.entity';

export type NewOrganization = {
  slug: string;
  name: string;
  timeZone?: string;
  fiscalYearStartMonth?: number;
  locale?: Locale;
  admin: { email: string; displayName: string; nameReading: string; passwordHash: string };
};

/**
 * Creates an organization (a tenant) with its first admin. Used by the `org:create` CLI and
 * the demo seed; not reachable through GraphQL (no tenant may create another).
 */
export async function provisionOrganization(
  dataSource: DataSource,
  input: NewOrganization,
): Promise<{ organization: OrganizationEntity; admin: MemberEntity }> {
  const errors: FieldError[] = [];
  const collect = <T>(r: { ok: true; value: T } | { ok: false; errors: FieldError[] }) => {
    if (!r.ok) errors.push(...r.errors);
    return r.ok ? r.value : undefined;
  };
  const slug = collect(validateOrganizationSlug(input.slug));
  const name = collect(validateOrganizationName(input.name));
  const settings = collect(
    validateOrganizationSettings({
      timeZone: input.timeZone ?? DEFAULT_ORGANIZATION_SETTINGS.timeZone,
      fiscalYearStartMonth:
        input.fiscalYearStartMonth ?? DEFAULT_ORGANIZATION_SETTINGS.fiscalYearStartMonth,
      locale: input.locale ?? DEFAULT_ORGANIZATION_SETTINGS.locale,
    }),
  );
  const email = collect(validateEmail(input.admin.email));
  const displayName = collect(validateDisplayName(input.admin.displayName));
  const nameReading = collect(validateNameReading(input.admin.nameReading));
  if (errors.length) throw new BadUserInputError(errors);

  return transactional(dataSource, async (manager: EntityManager) => {
    if (await manager.getRepository(OrganizationEntity).existsBy({ slug: slug! })) {
      throw BadUserInputError.field(
        'slug',
        'slug.duplicate',
        `An organization "${slug}" already exists`,
      );
    }
    if (await manager.getRepository(MemberEntity).existsBy({ email: normalizeEmail(email!) })) {
      throw BadUserInputError.field(
        'email',
        'email.duplicate',
        'This email address is already in use',
      );
    }
    const now = new Date();
    const organization = manager.getRepository(OrganizationEntity).create({
      id: uuidv7(),
      slug: slug!,
      name: name!,
      timeZone: settings!.timeZone!,
      fiscalYearStartMonth: settings!.fiscalYearStartMonth!,
      locale: settings!.locale!,
      levelThresholds: null,
      createdAt: now,
      updatedAt: now,
    });
    await manager.getRepository(OrganizationEntity).insert(organization);
    const admin = manager.getRepository(MemberEntity).create({
      id: uuidv7(),
      organizationId: organization.id,
      email: email!,
      displayName: displayName!,
      nameReading: nameReading!,
      employeeNumber: null,
      departmentId: null,
      active: true,
      joinedOn: null,
      locale: organization.locale,
      passwordHash: input.admin.passwordHash,
      passwordChangedAt: now,
      lastLoginAt: null,
      deactivatedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await manager.getRepository(MemberEntity).insert(admin);
    await manager.getRepository(MemberRoleEntity).insert(
      (['admin', 'staff'] as const).map((role) => ({
        memberId: admin.id,
        role,
        organizationId: organization.id,
      })),
    );
    return { organization, admin };
  });
}
