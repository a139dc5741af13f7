import { withoutNode } from './feed-cache';

const edges = [
  { cursor: 'a', node: { __ref: 'FeedItem:1' } },
  { cursor: 'b', node: { __ref: 'FeedItem:2' } },
];
const is = (ref: string) => (node: unknown) => (node as { __ref?: string }).__ref === ref;

describe('withoutNode', () => {
  it('drops the edge of the removed item', () => {
    expect(withoutNode(edges, is('FeedItem:2'))).toEqual([edges[0]]);
  });

  it('returns the same array when the item is not in this list', () => {
    expect(withoutNode(edges, is('FeedItem:9'))).toBe(edges);
  });
});
