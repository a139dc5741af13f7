import { type KnowledgePostFilter, KnowledgePostsDocument } from '../../../generated/graphql';
import { useConnectionQuery } from '../../../shared/lib/use-connection-query';

export const KNOWLEDGE_PAGE_SIZE = 20;

/** One filtered list of posts, most recently updated first, with "load more". */
export function useKnowledgePosts(filter: KnowledgePostFilter) {
  const { nodes, ...list } = useConnectionQuery(KnowledgePostsDocument, 'knowledgePosts', {
    variables: { filter, first: KNOWLEDGE_PAGE_SIZE },
  });
  return { posts: nodes, ...list };
}
