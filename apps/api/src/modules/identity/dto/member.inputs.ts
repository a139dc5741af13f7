import { Field, ID, InputType } from '@nestjs/graphql';
import { LocaleEnum } from '../../organization/dto/organization.model';
import { RoleEnum } from './member.model';

@InputType()
export class MemberFilter {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: RoleEnum | null;

  @Field({ defaultValue: false })
  includeInactive: boolean;
}

@InputType()
export class CreateMemberInput {
  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field()
  nameReading: string;

  @Field(() => String, { nullable: true })
  employeeNumber?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  teamIds: string[];

  @Field(() => [RoleEnum], { defaultValue: [RoleEnum.STAFF] })
  roles: RoleEnum[];

  @Field(() => String, { nullable: true })
  joinedOn?: string | null;

  @Field(() => LocaleEnum, { nullable: true })
  locale?: LocaleEnum | null;
}

@InputType()
export class UpdateMemberInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  nameReading?: string | null;

  @Field(() => String, { nullable: true })
  employeeNumber?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => [ID], { nullable: true })
  teamIds?: string[] | null;

  @Field(() => [RoleEnum], { nullable: true })
  roles?: RoleEnum[] | null;

  @Field(() => String, { nullable: true })
  joinedOn?: string | null;

  @Field(() => LocaleEnum, { nullable: true })
  locale?: LocaleEnum | null;
}

@InputType()
export class UpdateMyPreferencesInput {
  @Field(() => LocaleEnum, { nullable: true })
  locale?: LocaleEnum | null;
}
