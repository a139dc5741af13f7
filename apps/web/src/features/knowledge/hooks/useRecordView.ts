import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { RecordKnowledgeViewDocument } from '../../../generated/graphql';
import { newIdempotencyKey } from '../lib/format';

/**
 * Records one view per page visit of a published post: not on re-renders, refetches or React's
 * development double effects (the key and the "done" mark live in refs of this visit), and a
 * retry of the same visit reuses its idempotency key. The new view count goes into the cache.
 */
export function useRecordView(post: { id: string; status: string } | null) {
  const [record] = useMutation(RecordKnowledgeViewDocument);
  const visit = useRef<{ postId: string; key: string; sent: boolean } | null>(null);
  const postId = post?.id ?? null;
  const published = post?.status === 'PUBLISHED';

  useEffect(() => {
    if (!postId || !published) return;
    if (visit.current?.postId !== postId) {
      visit.current = { postId, key: newIdempotencyKey(), sent: false };
    }
    const current = visit.current;
    if (current.sent) return;
    current.sent = true;
    void record({
      variables: { postId, idempotencyKey: current.key },
      update(cache, result) {
        const viewCount = result.data?.recordView.viewCount;
        if (viewCount === undefined) return;
        cache.modify({
          id: cache.identify({ __typename: 'KnowledgePost', id: postId }),
          fields: { viewCount: () => viewCount },
        });
      },
    }).catch(() => {
      // A view that could not be recorded is not the reader's problem.
    });
  }, [postId, published, record]);
}
