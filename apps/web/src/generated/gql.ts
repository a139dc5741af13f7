/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment CurrentMemberFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n    organization {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.CurrentMemberFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyPreferencesDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        ...MemberListFields\n      }\n      temporaryPassword\n    }\n  }\n": typeof types.CreateMemberDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ImportMembers($fileBase64: String!, $dryRun: Boolean!) {\n    importMembers(fileBase64: $fileBase64, dryRun: $dryRun) {\n      ok\n      dryRun\n      totalRows\n      created\n      updated\n      createdDepartments\n      createdTeams\n      detectedEncoding\n      errors {\n        row\n        column\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImportMembersDocument,
    "\n  query MemberFormOptions {\n    departments {\n      id\n      name\n      parentId\n    }\n    teams {\n      id\n      name\n      departmentId\n    }\n  }\n": typeof types.MemberFormOptionsDocument,
    "\n  fragment MemberListFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    departmentId\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n  }\n": typeof types.MemberListFieldsFragmentDoc,
    "\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MemberListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation ResetMemberPassword($id: ID!) {\n    resetMemberPassword(id: $id)\n  }\n": typeof types.ResetMemberPasswordDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberListFields\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  query OrganizationSettings {\n    organization {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n": typeof types.OrganizationSettingsDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": typeof types.DeleteDepartmentDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.DeleteTeamDocument,
    "\n  query Structure {\n    departments {\n      id\n      name\n      parentId\n      memberCount\n      children {\n        id\n        name\n        parentId\n        memberCount\n      }\n    }\n    teams {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": typeof types.StructureDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": typeof types.UpdateTeamDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment CurrentMemberFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n    organization {\n      id\n      name\n      locale\n    }\n  }\n": types.CurrentMemberFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentMemberFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n": types.UpdateMyPreferencesDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        ...MemberListFields\n      }\n      temporaryPassword\n    }\n  }\n": types.CreateMemberDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ImportMembers($fileBase64: String!, $dryRun: Boolean!) {\n    importMembers(fileBase64: $fileBase64, dryRun: $dryRun) {\n      ok\n      dryRun\n      totalRows\n      created\n      updated\n      createdDepartments\n      createdTeams\n      detectedEncoding\n      errors {\n        row\n        column\n        code\n        message\n      }\n    }\n  }\n": types.ImportMembersDocument,
    "\n  query MemberFormOptions {\n    departments {\n      id\n      name\n      parentId\n    }\n    teams {\n      id\n      name\n      departmentId\n    }\n  }\n": types.MemberFormOptionsDocument,
    "\n  fragment MemberListFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    departmentId\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n  }\n": types.MemberListFieldsFragmentDoc,
    "\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MemberListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MembersDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation ResetMemberPassword($id: ID!) {\n    resetMemberPassword(id: $id)\n  }\n": types.ResetMemberPasswordDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberListFields\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  query OrganizationSettings {\n    organization {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n": types.OrganizationSettingsDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": types.DeleteDepartmentDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.DeleteTeamDocument,
    "\n  query Structure {\n    departments {\n      id\n      name\n      parentId\n      memberCount\n      children {\n        id\n        name\n        parentId\n        memberCount\n      }\n    }\n    teams {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": types.StructureDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": types.UpdateTeamDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentMemberFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n    organization {\n      id\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentMemberFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n    organization {\n      id\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        ...MemberListFields\n      }\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        ...MemberListFields\n      }\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMembers($fileBase64: String!, $dryRun: Boolean!) {\n    importMembers(fileBase64: $fileBase64, dryRun: $dryRun) {\n      ok\n      dryRun\n      totalRows\n      created\n      updated\n      createdDepartments\n      createdTeams\n      detectedEncoding\n      errors {\n        row\n        column\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMembers($fileBase64: String!, $dryRun: Boolean!) {\n    importMembers(fileBase64: $fileBase64, dryRun: $dryRun) {\n      ok\n      dryRun\n      totalRows\n      created\n      updated\n      createdDepartments\n      createdTeams\n      detectedEncoding\n      errors {\n        row\n        column\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberFormOptions {\n    departments {\n      id\n      name\n      parentId\n    }\n    teams {\n      id\n      name\n      departmentId\n    }\n  }\n"): (typeof documents)["\n  query MemberFormOptions {\n    departments {\n      id\n      name\n      parentId\n    }\n    teams {\n      id\n      name\n      departmentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberListFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    departmentId\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n  }\n"): (typeof documents)["\n  fragment MemberListFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    departmentId\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MemberListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MemberListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetMemberPassword($id: ID!) {\n    resetMemberPassword(id: $id)\n  }\n"): (typeof documents)["\n  mutation ResetMemberPassword($id: ID!) {\n    resetMemberPassword(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberListFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationSettings {\n    organization {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSettings {\n    organization {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Structure {\n    departments {\n      id\n      name\n      parentId\n      memberCount\n      children {\n        id\n        name\n        parentId\n        memberCount\n      }\n    }\n    teams {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query Structure {\n    departments {\n      id\n      name\n      parentId\n      memberCount\n      children {\n        id\n        name\n        parentId\n        memberCount\n      }\n    }\n    teams {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;