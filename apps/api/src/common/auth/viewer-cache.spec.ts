import type { Viewer } from './viewer';
import { ViewerCache } from './viewer-cache';

const viewer = (hash: string, memberId = 'm1'): Viewer => ({
  memberId,
  organizationId: 'o',
  roles: ['staff'],
  locale: 'ja',
  sessionTokenHash: hash,
});

describe('ViewerCache', () => {
  it('keeps a viewer until the TTL or the given end, whichever is first', () => {
    const cache = new ViewerCache(5_000);
    cache.set(viewer('a'), 1_000, 3_000, cache.generation);
    expect(cache.get('a', 2_999)?.memberId).toBe('m1');
    expect(cache.get('a', 3_000)).toBeNull();
    cache.set(viewer('b'), 1_000, 60_000, cache.generation);
    expect(cache.get('b', 5_999)).not.toBeNull();
    expect(cache.get('b', 6_000)).toBeNull();
  });

  it('forgets a session, a member’s sessions, or everything', () => {
    const cache = new ViewerCache(5_000);
    cache.set(viewer('a', 'm1'), 0, 10_000, cache.generation);
    cache.set(viewer('b', 'm1'), 0, 10_000, cache.generation);
    cache.set(viewer('c', 'm2'), 0, 10_000, cache.generation);
    cache.forgetSession('a');
    expect(cache.get('a', 1)).toBeNull();
    cache.forgetMember('m1');
    expect(cache.get('b', 1)).toBeNull();
    expect(cache.get('c', 1)).not.toBeNull();
    cache.clear();
    expect(cache.get('c', 1)).toBeNull();
  });

  it('does not store a lookup that started before a forget', () => {
    const cache = new ViewerCache(5_000);
    const started = cache.generation;
    cache.forgetMember('m1');
    cache.set(viewer('a'), 0, 10_000, started);
    expect(cache.get('a', 1)).toBeNull();
  });

  it('drops the oldest entry when full', () => {
    const cache = new ViewerCache(5_000, 2);
    for (const h of ['a', 'b', 'c']) cache.set(viewer(h), 0, 10_000, cache.generation);
    expect(cache.get('a', 1)).toBeNull();
    expect(cache.get('c', 1)).not.toBeNull();
  });
});
