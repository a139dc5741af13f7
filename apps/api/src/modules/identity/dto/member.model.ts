import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/pagination';
import { LocaleEnum } from '../../organization/dto/organization.model';

export enum RoleEnum {
  STAFF = 'staff',
  AMBASSADOR = 'ambassador',
  MANAGER = 'manager',
  HR = 'hr',
  ADMIN = 'admin',
}
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType('Member')
export class MemberModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field()
  nameReading: string;

  @Field(() => String, { nullable: true })
  employeeNumber: string | null;

  @Field(() => ID, { nullable: true })
  departmentId: string | null;

  @Field()
  active: boolean;

  @Field(() => String, { nullable: true })
  joinedOn: string | null;

  @Field(() => LocaleEnum)
  locale: LocaleEnum;

  organizationId: string;
}

@ObjectType()
export class MemberEdge {
  @Field()
  cursor: string;

  @Field(() => MemberModel)
  node: MemberModel;
}

@ObjectType()
export class MemberConnection {
  @Field(() => [MemberEdge])
  edges: MemberEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class CreateMemberPayload {
  @Field(() => MemberModel)
  member: MemberModel;

  @Field()
  temporaryPassword: string;
}

@ObjectType()
export class MemberImportError {
  @Field(() => Int)
  row: number;

  @Field(() => String, { nullable: true })
  column: string | null;

  @Field({ description: 'Stable machine-readable reason (e.g. email.invalid) for translation.' })
  code: string;

  @Field()
  message: string;
}

@ObjectType()
export class MemberImportResult {
  @Field()
  ok: boolean;

  @Field()
  dryRun: boolean;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => [String])
  createdDepartments: string[];

  @Field(() => [String])
  createdTeams: string[];

  @Field()
  detectedEncoding: string;

  @Field(() => [MemberImportError])
  errors: MemberImportError[];
}
