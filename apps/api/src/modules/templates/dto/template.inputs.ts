import { Field, ID, InputType } from '@nestjs/graphql';
import { TargetToolEnum, TemplateKindEnum, TemplateStatusEnum } from './template.model';

@InputType()
export class TemplateFilter {
  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => TemplateKindEnum, { nullable: true })
  kind?: TemplateKindEnum | null;

  @Field(() => TargetToolEnum, { nullable: true })
  targetTool?: TargetToolEnum | null;

  @Field(() => ID, { nullable: true })
  authorId?: string | null;

  @Field(() => TemplateStatusEnum, {
    nullable: true,
    description: 'Default PUBLISHED. Drafts and archived templates: only one’s own (admins: all).',
  })
  status?: TemplateStatusEnum | null;
}

@InputType()
export class CreateTemplateInput {
  @Field()
  title: string;

  @Field({ defaultValue: '' })
  description: string;

  @Field(() => ID)
  categoryId: string;

  @Field(() => TemplateKindEnum)
  kind: TemplateKindEnum;

  @Field(() => TargetToolEnum, { defaultValue: TargetToolEnum.ANY })
  targetTool: TargetToolEnum;

  @Field({ description: 'Prompt with placeholders {{名前}} or {{name|default|hint}}.' })
  body: string;
}

@InputType()
export class UpdateTemplateInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => TemplateKindEnum, { nullable: true })
  kind?: TemplateKindEnum | null;

  @Field(() => TargetToolEnum, { nullable: true })
  targetTool?: TargetToolEnum | null;

  @Field(() => String, { nullable: true })
  body?: string | null;
}

@InputType()
export class PlaceholderValueInput {
  @Field()
  name: string;

  @Field()
  value: string;
}
