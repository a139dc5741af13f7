import { describeNotification, type NotificationData } from './notification-text';

const empty: NotificationData = {
  type: 'KUDOS_RECEIVED',
  actor: { displayName: '佐藤 花子' },
  kudos: { valueLabel: '協力', valueLabelEn: 'Teamwork', points: 5 },
  badge: null,
  story: null,
  challenge: null,
  templateMilestone: null,
};

describe('describeNotification', () => {
  it('says who thanked me for which value and opens the feed', () => {
    expect(describeNotification(empty, 'ja')).toEqual({
      key: 'kudosReceived',
      values: { actor: '佐藤 花子', value: '協力' },
      href: '/',
    });
  });

  it('opens the story for approved and returned stories', () => {
    const returned = describeNotification(
      { ...empty, type: 'STORY_RETURNED', kudos: null, story: { id: 's9', title: '議事録' } },
      'ja',
    );
    expect(returned).toEqual({
      key: 'storyReturned',
      values: { title: '議事録' },
      href: '/stories/s9',
    });
  });

  it('opens the profile for a badge and the challenge for a result', () => {
    expect(
      describeNotification(
        {
          ...empty,
          type: 'BADGE_EARNED',
          kudos: null,
          badge: { name: '投稿者', nameEn: 'Author' },
        },
        'en',
      ),
    ).toEqual({ key: 'badgeEarned', values: { badge: 'Author' }, href: '/profile' });
    expect(
      describeNotification(
        { ...empty, type: 'CHALLENGE_RESULT', kudos: null, challenge: { id: 'c1', title: '11月' } },
        'ja',
      ).href,
    ).toBe('/challenges/c1');
  });

  it('tells the member how HR resolved their appeal and opens the profile', () => {
    const resolved = (outcome: string, points: number) =>
      describeNotification(
        {
          ...empty,
          type: 'APPEAL_RESOLVED',
          kudos: null,
          appeal: { appealId: 'a1', outcome, points },
        },
        'ja',
      );
    expect(resolved('compensated', 5)).toEqual({
      key: 'appealCompensated',
      values: { points: 5 },
      href: '/profile',
    });
    expect(resolved('reversed', -10).key).toBe('appealReversed');
    expect(resolved('reversed', -10).values).toEqual({ points: 10 });
    expect(resolved('rejected', 0).key).toBe('appealRejected');
    expect(resolved('withdrawn', 0).key).toBe('unknown');
  });

  it('falls back for unknown types', () => {
    expect(describeNotification({ ...empty, type: 'NEW_KIND' }, 'ja').key).toBe('unknown');
  });
});
