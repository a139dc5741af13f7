import {
  type FeedItemData,
  describeFeedItem,
  feedItemMatchesFilter,
  prependEdge,
  valueLabel,
} from './feed-item';

const sato = { id: 'm-sato', displayName: '佐藤 花子', departmentId: 'd-sales' };
const suzuki = { id: 'm-suzuki', displayName: '鈴木 一郎', departmentId: 'd-it' };

const base: FeedItemData = {
  id: 'f1',
  type: 'KUDOS',
  actor: sato,
  subject: suzuki,
  kudos: { message: 'ありがとう', valueLabel: '協力', valueLabelEn: 'Teamwork', points: 5 },
  badge: null,
  story: null,
  challenge: null,
  templateMilestone: null,
};

describe('describeFeedItem', () => {
  it('names giver, receiver and the value of a kudos, in the reader’s language', () => {
    expect(describeFeedItem(base, 'ja')).toEqual({
      key: 'kudos',
      values: { actor: '佐藤 花子', subject: '鈴木 一郎', value: '協力' },
      href: null,
    });
    expect(describeFeedItem(base, 'en').values['value']).toBe('Teamwork');
  });

  it('falls back to the Japanese value label when no English one is set', () => {
    expect(valueLabel({ valueLabel: '挑戦', valueLabelEn: null }, 'en')).toBe('挑戦');
  });

  it('links approved stories, challenge results and template milestones', () => {
    expect(
      describeFeedItem(
        {
          ...base,
          type: 'STORY_APPROVED',
          actor: null,
          kudos: null,
          story: { id: 's1', title: '議事録' },
        },
        'ja',
      ),
    ).toEqual({
      key: 'storyApproved',
      values: { subject: '鈴木 一郎', title: '議事録' },
      href: '/stories/s1',
    });
    const challenge = describeFeedItem(
      {
        ...base,
        type: 'CHALLENGE_CLOSED',
        actor: null,
        subject: null,
        kudos: null,
        challenge: {
          id: 'c1',
          title: '11月チャレンジ',
          winners: [{ name: '営業1課' }, { name: '経理' }],
        },
      },
      'ja',
    );
    expect(challenge).toEqual({
      key: 'challengeClosed',
      values: { title: '11月チャレンジ', winners: '営業1課、経理' },
      href: '/challenges/c1',
    });
    const milestone = describeFeedItem(
      {
        ...base,
        type: 'TEMPLATE_MILESTONE',
        kudos: null,
        templateMilestone: { templateId: 't1', title: '議事録要約', reuses: 50 },
      },
      'ja',
    );
    expect(milestone.href).toBe('/templates/t1');
    expect(milestone.values['reuses']).toBe(50);
  });

  it('says a challenge closed without winners when nobody won', () => {
    const item = {
      ...base,
      type: 'CHALLENGE_CLOSED',
      kudos: null,
      challenge: { id: 'c1', title: 'T', winners: [] },
    };
    expect(describeFeedItem(item, 'ja').key).toBe('challengeClosedNoWinner');
  });

  it('uses the badge name in the reader’s language', () => {
    const item = {
      ...base,
      type: 'BADGE_EARNED',
      actor: null,
      kudos: null,
      badge: {
        code: 'posts',
        name: '投稿者 シルバー',
        nameEn: 'Author Silver',
        tier: 'silver',
        points: 20,
      },
    };
    expect(describeFeedItem(item, 'ja').values['badge']).toBe('投稿者 シルバー');
    expect(describeFeedItem(item, 'en').values['badge']).toBe('Author Silver');
  });

  it('does not break on an unknown type or a missing part', () => {
    expect(describeFeedItem({ ...base, type: 'SOMETHING_NEW' }, 'ja').key).toBe('unknown');
    expect(describeFeedItem({ ...base, kudos: null }, 'ja').key).toBe('unknown');
  });
});

describe('feedItemMatchesFilter', () => {
  const viewer = { id: 'm-suzuki', departmentId: 'd-it' };

  it('keeps everything for すべて', () => {
    expect(feedItemMatchesFilter({ actor: null, subject: null }, 'ALL', viewer)).toBe(true);
  });

  it('keeps what I did or what is about me for 自分', () => {
    expect(feedItemMatchesFilter(base, 'MINE', viewer)).toBe(true);
    expect(feedItemMatchesFilter({ actor: suzuki, subject: sato }, 'MINE', viewer)).toBe(true);
    expect(feedItemMatchesFilter({ actor: sato, subject: null }, 'MINE', viewer)).toBe(false);
  });

  it('keeps items about my department for 自分の部署 (the subject, else the actor)', () => {
    expect(feedItemMatchesFilter(base, 'MY_DEPARTMENT', viewer)).toBe(true);
    expect(feedItemMatchesFilter({ actor: suzuki, subject: sato }, 'MY_DEPARTMENT', viewer)).toBe(
      false,
    );
    expect(feedItemMatchesFilter({ actor: suzuki, subject: null }, 'MY_DEPARTMENT', viewer)).toBe(
      true,
    );
    expect(feedItemMatchesFilter(base, 'MY_DEPARTMENT', { id: 'm-x', departmentId: null })).toBe(
      false,
    );
  });
});

describe('prependEdge', () => {
  const connection = {
    edges: [{ cursor: 'c1', node: { id: 'f1' } }],
    pageInfo: { hasNextPage: true, endCursor: 'c1' },
  };

  it('puts a new item first and keeps the page info', () => {
    const next = prependEdge(connection, { id: 'f2' }, 'c2');
    expect(next.edges.map((edge) => edge.node.id)).toEqual(['f2', 'f1']);
    expect(next.pageInfo).toBe(connection.pageInfo);
  });

  it('does not repeat an item that is already listed', () => {
    expect(prependEdge(connection, { id: 'f1' }, 'c1')).toBe(connection);
  });
});
