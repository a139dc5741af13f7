import { canEditTemplate, parseTemplate } from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import {
  type PromptTemplateModel,
  type TargetToolEnum,
  type TemplateCategoryModel,
  type TemplateKindEnum,
  type TemplatePlaceholder,
  type TemplateStatusEnum,
} from '../dto/template.model';
import type { PromptTemplateEntity } from '../entities/prompt-template.entity';
import type { TemplateCategoryEntity } from '../entities/template-category.entity';

export function placeholdersOf(body: string): TemplatePlaceholder[] {
  const parsed = parseTemplate(body);
  // Stored bodies were validated on write; an unparsable one shows no inputs rather than failing.
  if (!parsed.ok) return [];
  return parsed.value.placeholders.map(({ name, defaultValue, hint }) => ({
    name,
    defaultValue,
    hint,
  }));
}

export function toTemplateModel(entity: PromptTemplateEntity, viewer: Viewer): PromptTemplateModel {
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    authorId: entity.authorId,
    categoryId: entity.categoryId,
    forkedFromId: entity.forkedFromId,
    title: entity.title,
    description: entity.description,
    // The enums' values are the domain's strings.
    kind: entity.kind as TemplateKindEnum,
    targetTool: entity.targetTool as TargetToolEnum,
    status: entity.status as TemplateStatusEnum,
    body: entity.body,
    placeholders: placeholdersOf(entity.body),
    reuseCount: entity.reuseCount,
    forkCount: entity.forkCount,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    canEdit: canEditTemplate(viewer, entity),
  };
}

export function toTemplateCategoryModel(entity: TemplateCategoryEntity): TemplateCategoryModel {
  return { id: entity.id, name: entity.name, sortOrder: entity.sortOrder };
}
