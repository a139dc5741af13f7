import type {
  CreateMemberInput,
  Locale,
  MemberListFieldsFragment,
  Role,
  UpdateMemberInput,
} from '../../generated/graphql';

export type MemberFormValues = {
  email: string;
  displayName: string;
  nameReading: string;
  employeeNumber: string;
  departmentId: string | null;
  teamIds: string[];
  roles: Role[];
  joinedOn: string;
  /** null: the organization's default language (create only). */
  locale: Locale | null;
};

export const MEMBER_FORM_FIELDS = [
  'email',
  'displayName',
  'nameReading',
  'employeeNumber',
  'departmentId',
  'teamIds',
  'roles',
  'joinedOn',
  'locale',
] as const;
export type MemberFormField = (typeof MEMBER_FORM_FIELDS)[number];

export const EMPTY_MEMBER_FORM: MemberFormValues = {
  email: '',
  displayName: '',
  nameReading: '',
  employeeNumber: '',
  departmentId: null,
  teamIds: [],
  roles: ['STAFF'],
  joinedOn: '',
  locale: null,
};

export function memberToFormValues(member: MemberListFieldsFragment): MemberFormValues {
  return {
    email: member.email,
    displayName: member.displayName,
    nameReading: member.nameReading,
    employeeNumber: member.employeeNumber ?? '',
    departmentId: member.departmentId ?? member.department?.id ?? null,
    teamIds: member.teams.map((team) => team.id),
    roles: [...member.roles],
    joinedOn: member.joinedOn ?? '',
    locale: member.locale,
  };
}

/** Client-side checks for what the browser can know; the server validates everything again. */
export function missingRequiredFields(values: MemberFormValues): MemberFormField[] {
  const missing: MemberFormField[] = [];
  if (!values.email.trim()) missing.push('email');
  if (!values.displayName.trim()) missing.push('displayName');
  if (!values.nameReading.trim()) missing.push('nameReading');
  if (values.roles.length === 0) missing.push('roles');
  return missing;
}

export function toCreateMemberInput(values: MemberFormValues): CreateMemberInput {
  return {
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    nameReading: values.nameReading.trim(),
    employeeNumber: values.employeeNumber.trim() || null,
    departmentId: values.departmentId,
    teamIds: values.teamIds,
    roles: values.roles,
    joinedOn: values.joinedOn || null,
    ...(values.locale ? { locale: values.locale } : {}),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** Only what changed; a cleared optional field is sent as null. */
export function toUpdateMemberInput(
  initial: MemberFormValues,
  values: MemberFormValues,
): UpdateMemberInput {
  const input: UpdateMemberInput = {};
  const email = values.email.trim();
  if (email !== initial.email) input.email = email;
  const displayName = values.displayName.trim();
  if (displayName !== initial.displayName) input.displayName = displayName;
  const nameReading = values.nameReading.trim();
  if (nameReading !== initial.nameReading) input.nameReading = nameReading;
  const employeeNumber = values.employeeNumber.trim();
  if (employeeNumber !== initial.employeeNumber) input.employeeNumber = employeeNumber || null;
  if (values.departmentId !== initial.departmentId) input.departmentId = values.departmentId;
  if (!sameSet(values.teamIds, initial.teamIds)) input.teamIds = values.teamIds;
  if (!sameSet(values.roles, initial.roles)) input.roles = values.roles;
  if (values.joinedOn !== initial.joinedOn) input.joinedOn = values.joinedOn || null;
  if (values.locale && values.locale !== initial.locale) input.locale = values.locale;
  return input;
}
