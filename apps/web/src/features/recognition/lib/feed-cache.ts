/** Cache helpers for the feed connection (pure: they take and return plain edges). */

type EdgeLike = { node: unknown };

/**
 * The edges without the one whose node is `ref` (a cache reference such as
 * `{ __ref: 'FeedItem:123' }`), or the same array when nothing matches.
 */
export function withoutNode<E extends EdgeLike>(
  edges: readonly E[],
  isTarget: (node: unknown) => boolean,
): readonly E[] {
  const kept = edges.filter((edge) => !isTarget(edge.node));
  return kept.length === edges.length ? edges : kept;
}
