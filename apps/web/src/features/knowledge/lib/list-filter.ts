import type { KnowledgePostFilter, KnowledgePostStatus } from '../../../generated/graphql';

export const LIST_STATUSES = [
  'PUBLISHED',
  'DRAFT',
  'ARCHIVED',
] as const satisfies readonly KnowledgePostStatus[];

export type ListFilterState = {
  status: KnowledgePostStatus;
  tag: string | null;
  departmentId: string | null;
  needsReview: boolean;
  mine: boolean;
};

const isStatus = (value: string | null): value is KnowledgePostStatus =>
  (LIST_STATUSES as readonly (string | null)[]).includes(value);

/** The list's filters live in the URL (`/knowledge?tag=…`), so tag links and the back button work. */
export function readListFilter(params: URLSearchParams): ListFilterState {
  const status = params.get('status');
  return {
    status: isStatus(status) ? status : 'PUBLISHED',
    tag: params.get('tag')?.trim() || null,
    departmentId: params.get('dept')?.trim() || null,
    needsReview: params.get('review') === '1',
    mine: params.get('mine') === '1',
  };
}

export function writeListFilter(state: ListFilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.status !== 'PUBLISHED') params.set('status', state.status);
  if (state.tag) params.set('tag', state.tag);
  if (state.departmentId) params.set('dept', state.departmentId);
  if (state.needsReview && state.status === 'PUBLISHED') params.set('review', '1');
  if (state.mine) params.set('mine', '1');
  return params;
}

/** The API filter: drafts are always the viewer's own; "needs review" applies to published posts. */
export function toPostFilter(state: ListFilterState, viewerId: string): KnowledgePostFilter {
  return {
    status: state.status,
    ...(state.tag ? { tag: state.tag } : {}),
    ...(state.departmentId ? { departmentId: state.departmentId } : {}),
    ...(state.needsReview && state.status === 'PUBLISHED' ? { needsReview: true } : {}),
    ...(state.mine && state.status !== 'DRAFT' ? { authorId: viewerId } : {}),
  };
}

export function hasNarrowingFilter(state: ListFilterState): boolean {
  return state.tag !== null || state.departmentId !== null || state.needsReview || state.mine;
}
