import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class GiveKudosInput {
  @Field(() => ID)
  receiverId: string;

  @Field(() => ID)
  valueId: string;

  @Field({ description: '1–500 characters (trimmed).' })
  message: string;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key returns the first kudos and writes nothing.',
  })
  idempotencyKey?: string | null;
}
