import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/pagination';

export enum TemplateKindEnum {
  FILL_IN = 'fill-in',
  TASK = 'task',
  FREE_FORM = 'free-form',
}
registerEnumType(TemplateKindEnum, {
  name: 'TemplateKind',
  description: 'テンプレート型 (fill-in) / タスク特化型 (task) / 自由記述型 (free-form).',
});

export enum TargetToolEnum {
  CHATGPT = 'chatgpt',
  CLAUDE = 'claude',
  GEMINI = 'gemini',
  COPILOT = 'copilot',
  ANY = 'any',
}
registerEnumType(TargetToolEnum, { name: 'TargetTool' });

export enum TemplateStatusEnum {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  ARCHIVED = 'archived',
}
registerEnumType(TemplateStatusEnum, { name: 'TemplateStatus' });

export enum TemplateOrderBy {
  NEWEST = 'NEWEST',
  MOST_REUSED = 'MOST_REUSED',
}
registerEnumType(TemplateOrderBy, { name: 'TemplateOrderBy' });

@ObjectType('TemplateCategory')
export class TemplateCategoryModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int)
  sortOrder: number;
}

@ObjectType()
export class TemplatePlaceholder {
  @Field({ description: 'Normalized name; the key of PlaceholderValueInput.name.' })
  name: string;

  @Field(() => String, { nullable: true })
  defaultValue: string | null;

  @Field(() => String, { nullable: true })
  hint: string | null;
}

@ObjectType('PromptTemplate')
export class PromptTemplateModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => TemplateKindEnum)
  kind: TemplateKindEnum;

  @Field(() => TargetToolEnum)
  targetTool: TargetToolEnum;

  @Field()
  body: string;

  @Field(() => [TemplatePlaceholder], { description: 'One input per distinct placeholder.' })
  placeholders: TemplatePlaceholder[];

  @Field(() => TemplateStatusEnum)
  status: TemplateStatusEnum;

  @Field(() => Int, { description: 'Every use by someone other than the author.' })
  reuseCount: number;

  @Field(() => Int, { description: 'Forks by someone other than the author.' })
  forkCount: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field({ description: 'Whether the viewer may edit, publish and archive it (author or admin).' })
  canEdit: boolean;

  organizationId: string;
  authorId: string;
  categoryId: string;
  forkedFromId: string | null;
}

@ObjectType()
export class TemplateEdge {
  @Field()
  cursor: string;

  @Field(() => PromptTemplateModel)
  node: PromptTemplateModel;
}

@ObjectType()
export class TemplateConnection {
  @Field(() => [TemplateEdge])
  edges: TemplateEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class RecordTemplateReuseResult {
  @Field({ description: 'Whether this reuse earned the author points.' })
  counted: boolean;

  @Field(() => Int)
  reuseCount: number;

  @Field(() => Int, { description: 'Distinct members other than the author who used it.' })
  colleagueCount: number;

  @Field(() => String, {
    nullable: true,
    description: 'The prompt with the given values filled in (when values were sent).',
  })
  filledPrompt: string | null;
}
