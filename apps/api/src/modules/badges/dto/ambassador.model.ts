import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberModel } from '../../identity/dto/member.model';

@ObjectType('Ambassador')
export class AmbassadorModel {
  @Field(() => MemberModel)
  member: MemberModel;

  @Field(() => [String], { description: 'Free tags: 「ChatGPT」「議事録」.' })
  specialities: string[];
}

@ObjectType('AmbassadorGroup')
export class AmbassadorGroupModel {
  @Field(() => ID, { nullable: true, description: 'Null for ambassadors without a department.' })
  departmentId: string | null;

  @Field(() => String, { nullable: true })
  departmentName: string | null;

  @Field(() => [AmbassadorModel])
  ambassadors: AmbassadorModel[];
}
