import type {
  TargetTool,
  TemplateKind,
  TemplateOrderBy,
  TemplateStatus,
} from '../../../generated/graphql';
import {
  isTargetTool,
  isTemplateKind,
  isTemplateOrder,
  isTemplateStatus,
} from './template-options';

/** The library's filters, kept in the URL so a shared link and the back button keep them. */
export type LibraryState = {
  categoryId: string | null;
  kind: TemplateKind | null;
  targetTool: TargetTool | null;
  orderBy: TemplateOrderBy;
  status: TemplateStatus;
};

export const DEFAULT_LIBRARY_STATE: LibraryState = {
  categoryId: null,
  kind: null,
  targetTool: null,
  orderBy: 'NEWEST',
  status: 'PUBLISHED',
};

export function readLibraryParams(params: URLSearchParams): LibraryState {
  const kind = params.get('kind');
  const tool = params.get('tool');
  const sort = params.get('sort');
  const status = params.get('status');
  return {
    categoryId: params.get('category') || null,
    kind: isTemplateKind(kind) ? kind : null,
    targetTool: isTargetTool(tool) ? tool : null,
    orderBy: isTemplateOrder(sort) ? sort : 'NEWEST',
    status: isTemplateStatus(status) ? status : 'PUBLISHED',
  };
}

export function writeLibraryParams(state: LibraryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.categoryId) params.set('category', state.categoryId);
  if (state.kind) params.set('kind', state.kind);
  if (state.targetTool) params.set('tool', state.targetTool);
  if (state.orderBy !== 'NEWEST') params.set('sort', state.orderBy);
  if (state.status !== 'PUBLISHED') params.set('status', state.status);
  return params;
}
