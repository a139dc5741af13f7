import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocaleEnum } from './organization.model';

@InputType()
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => Int, { nullable: true })
  fiscalYearStartMonth?: number | null;

  @Field(() => LocaleEnum, { nullable: true })
  locale?: LocaleEnum | null;
}

@InputType()
export class DepartmentInput {
  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

@InputType()
export class TeamInput {
  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;
}
