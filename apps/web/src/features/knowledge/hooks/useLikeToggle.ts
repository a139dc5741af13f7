import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { LikeKnowledgePostDocument, UnlikeKnowledgePostDocument } from '../../../generated/graphql';
import { newIdempotencyKey } from '../lib/format';

/**
 * 役に立った on and off; each like click is one action with its own idempotency key. The
 * answer (the post's id, likeCount and likedByMe) updates the cached post.
 */
export function useLikeToggle(post: { id: string; likedByMe: boolean }) {
  const [like, likeState] = useMutation(LikeKnowledgePostDocument);
  const [unlike, unlikeState] = useMutation(UnlikeKnowledgePostDocument);
  const loading = likeState.loading || unlikeState.loading;
  const toggle = useCallback(async () => {
    if (post.likedByMe) {
      await unlike({ variables: { id: post.id } });
    } else {
      await like({ variables: { id: post.id, idempotencyKey: newIdempotencyKey() } });
    }
  }, [like, unlike, post.id, post.likedByMe]);
  return { toggle, loading };
}
