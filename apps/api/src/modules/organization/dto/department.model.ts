import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Department')
export class DepartmentModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  organizationId: string;
}
