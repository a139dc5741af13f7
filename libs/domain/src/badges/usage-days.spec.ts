import { isGenuineUsage, membersWithMovedMetrics, usageDayContributions } from './usage-days';

const event = (over: Partial<Parameters<typeof usageDayContributions>[0]> = {}) => ({
  kind: 'likeReceived',
  earnerId: 'author',
  actorId: 'fan',
  counted: true,
  uncountedReason: null,
  ...over,
});

describe('usage day aggregate', () => {
  it('adds a counted like to the author (earner) and the liker (actor)', () => {
    expect(usageDayContributions(event())).toEqual([
      { memberId: 'author', role: 'earner', genuine: 1, counted: 1 },
      { memberId: 'fan', role: 'actor', genuine: 1, counted: 1 },
    ]);
  });

  it('keeps an event capped by the daily cap as genuine but not counted', () => {
    const capped = event({ counted: false, uncountedReason: 'dailyCapReached' });
    expect(isGenuineUsage(capped)).toBe(true);
    expect(usageDayContributions(capped)).toEqual([
      { memberId: 'author', role: 'earner', genuine: 1, counted: 0 },
      { memberId: 'fan', role: 'actor', genuine: 1, counted: 0 },
    ]);
  });

  it.each(['duplicateToday', 'selfAction', 'perTargetCap'])(
    'adds nothing for an event left uncounted as %s',
    (reason) => {
      expect(usageDayContributions(event({ counted: false, uncountedReason: reason }))).toEqual([]);
    },
  );

  it('keeps no viewer row for a view (no metric reads views given)', () => {
    expect(usageDayContributions(event({ kind: 'viewReceived', actorId: 'reader' }))).toEqual([
      { memberId: 'author', role: 'earner', genuine: 1, counted: 1 },
    ]);
  });

  it('has only the earner row for an event without an actor', () => {
    expect(usageDayContributions(event({ kind: 'storyApproved', actorId: null }))).toEqual([
      { memberId: 'author', role: 'earner', genuine: 1, counted: 1 },
    ]);
  });

  describe('members whose badge metrics move', () => {
    it('are the author and the liker for a like', () => {
      expect(membersWithMovedMetrics(event())).toEqual(['author', 'fan']);
    });

    it('is the author alone for a view (no metric reads views given)', () => {
      expect(membersWithMovedMetrics(event({ kind: 'viewReceived', actorId: 'reader' }))).toEqual([
        'author',
      ]);
    });

    it('include a capped event (it still happened)', () => {
      const capped = event({
        kind: 'viewReceived',
        counted: false,
        uncountedReason: 'dailyCapReached',
      });
      expect(membersWithMovedMetrics(capped)).toEqual(['author']);
    });

    it.each(['duplicateToday', 'selfAction', 'perTargetCap'])('are nobody for %s', (reason) => {
      expect(membersWithMovedMetrics(event({ counted: false, uncountedReason: reason }))).toEqual(
        [],
      );
    });

    it('is the actor alone when metrics read the kind as performed only', () => {
      expect(
        membersWithMovedMetrics(event({ kind: 'knowledgeReviewed', actorId: 'reviewer' })),
      ).toEqual(['reviewer']);
    });
  });
});
