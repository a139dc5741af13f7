import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OnboardingStep')
export class OnboardingStepModel {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field()
  hint: string;

  @Field()
  done: boolean;
}

@ObjectType('Onboarding')
export class OnboardingModel {
  @Field(() => [OnboardingStepModel])
  steps: OnboardingStepModel[];

  @Field(() => Int)
  doneCount: number;

  @Field(() => Int)
  total: number;

  @Field()
  complete: boolean;

  @Field({ description: 'Whether the はじめの一歩 badge has been awarded.' })
  badgeEarned: boolean;
}
