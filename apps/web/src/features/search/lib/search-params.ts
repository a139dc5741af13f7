import type { SearchDocType } from '../../../generated/graphql';

export const SEARCH_DOC_TYPES = [
  'KNOWLEDGE_POST',
  'TEMPLATE',
  'STORY',
] as const satisfies readonly SearchDocType[];

export type SearchState = {
  query: string;
  types: SearchDocType[];
  tag: string | null;
  departmentId: string | null;
};

const isDocType = (value: string): value is SearchDocType =>
  (SEARCH_DOC_TYPES as readonly string[]).includes(value);

/** The search lives in the URL (`/search?q=…&type=TEMPLATE&tag=…&dept=…`): shareable, back-button friendly. */
export function readSearchParams(params: URLSearchParams): SearchState {
  const types = [...new Set(params.getAll('type').filter(isDocType))];
  return {
    query: params.get('q') ?? '',
    types: SEARCH_DOC_TYPES.filter((type) => types.includes(type)),
    tag: params.get('tag')?.trim() || null,
    departmentId: params.get('dept')?.trim() || null,
  };
}

export function writeSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const type of state.types) params.append('type', type);
  if (state.tag) params.set('tag', state.tag);
  if (state.departmentId) params.set('dept', state.departmentId);
  return params;
}

/** Where a hit opens. */
export function searchHitPath(type: SearchDocType, id: string): string {
  const encoded = encodeURIComponent(id);
  switch (type) {
    case 'KNOWLEDGE_POST':
      return `/knowledge/${encoded}`;
    case 'TEMPLATE':
      return `/templates/${encoded}`;
    case 'STORY':
      return `/stories/${encoded}`;
  }
}
