import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  departmentId: string | null;

  organizationId: string;
}
