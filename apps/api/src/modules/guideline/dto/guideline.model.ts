import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Guideline {
  @Field(() => Int, { description: '0 when the organization has not published one yet.' })
  version: number;

  @Field({ description: '推奨用途: what generative AI is recommended for.' })
  recommendedUses: string;

  @Field({ description: '入力禁止: what must never be entered.' })
  neverInput: string;

  @Field({ description: '最終チェック: the human check before using output.' })
  finalCheck: string;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field({ description: 'The viewer must acknowledge this version (shown until they do).' })
  needsAcknowledgement: boolean;
}

@InputType()
export class GuidelineInput {
  @Field()
  recommendedUses: string;

  @Field()
  neverInput: string;

  @Field()
  finalCheck: string;
}

@ObjectType()
export class ContentFlagModel {
  @Field({ description: 'bannedTerm | email | phone | myNumber | creditCard' })
  kind: string;

  @Field(() => Int, { description: 'UTF-16 offset in the checked text.' })
  start: number;

  @Field(() => Int)
  end: number;

  @Field()
  match: string;

  @Field({ description: 'Explanation in the viewer’s language.' })
  message: string;
}

@ObjectType()
export class BannedTermModel {
  @Field(() => ID)
  id: string;

  @Field()
  term: string;

  @Field()
  createdAt: Date;
}
