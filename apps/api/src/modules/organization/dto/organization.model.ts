import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LocaleEnum {
  JA = 'ja',
  EN = 'en',
}
registerEnumType(LocaleEnum, { name: 'Locale' });

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  timeZone: string;

  @Field(() => Int)
  fiscalYearStartMonth: number;

  @Field(() => LocaleEnum)
  locale: LocaleEnum;
}
