import { verifyLedger } from '../../../apps/api/src/modules/points/services/ledger-verifier';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

/** The first start of a demo installation has life on every page, and a consistent ledger. */
describe('demo content', () => {
  let t: TestApp;
  let staff: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp({ env: { DEMO_CONTENT: 'true' } });
    staff = t.client();
    await staff.login('staff@example.com');
  }, 180_000);
  afterAll(() => t.close());

  it('seeds posts, at least 15 templates of every kind, stories and months of activity', async () => {
    const data = await staff.ok<{
      knowledgePosts: { edges: unknown[] };
      templates: {
        totalCount: number;
        edges: { node: { kind: string; reuseCount: number; hoursSavedPerMonth: number } }[];
      };
      successStories: { edges: { node: { hoursSavedPerMonth: number } }[] };
    }>(
      '{ knowledgePosts(first: 50) { edges { node { id } } } templates(first: 50) { totalCount edges { node { kind reuseCount hoursSavedPerMonth } } } successStories(first: 50) { edges { node { hoursSavedPerMonth } } } }',
    );
    expect(data.knowledgePosts.edges.length).toBeGreaterThanOrEqual(10);
    expect(data.templates.totalCount).toBeGreaterThanOrEqual(15);
    const kinds = new Set(data.templates.edges.map((e) => e.node.kind));
    expect([...kinds].sort()).toEqual(['FILL_IN', 'FREE_FORM', 'TASK']);
    expect(data.templates.edges.some((e) => e.node.reuseCount > 0)).toBe(true);
    expect(data.templates.edges.some((e) => e.node.hoursSavedPerMonth > 0)).toBe(true);
    expect(data.successStories.edges.length).toBeGreaterThanOrEqual(4);
  });

  it('gives members points with explained history, findable content, and a ledger without drift', async () => {
    const { myPoints } = await staff.ok<{
      myPoints: {
        totals: { kind: string; points: number }[];
        history: { edges: { node: { description: string } }[] };
      };
    }>(
      '{ myPoints { totals { kind points } history(first: 5) { edges { node { description } } } } }',
    );
    expect(myPoints.totals.find((x) => x.kind === 'ALL_TIME')!.points).toBeGreaterThan(0);
    expect(myPoints.history.edges.length).toBeGreaterThan(0);
    const search = await staff.ok<{ search: { totalCount: number } }>(
      '{ search(query: "議事録") { totalCount } }',
    );
    expect(search.search.totalCount).toBeGreaterThan(0);
    expect((await verifyLedger(t.dataSource)).drift).toEqual([]);
  });

  it('shows recognition on first start: a busy feed, badges, a finished and a running challenge', async () => {
    const data = await staff.ok<{
      feed: {
        edges: {
          node: { type: string; reactions: { count: number }[]; commentCount: number };
        }[];
      };
      myBadges: { earned: unknown[] }[];
      closed: { edges: { node: { standings: { winner: boolean }[] } }[] };
      active: { edges: { node: { standings: { value: number }[] } }[] };
      unreadNotificationCount: number;
    }>(
      `{ feed(first: 30) { edges { node { type reactions { count } commentCount } } }
         myBadges { earned { tier } }
         closed: challenges(status: CLOSED) { edges { node { standings { winner } } } }
         active: challenges(status: ACTIVE) { edges { node { standings { value } } } }
         unreadNotificationCount }`,
    );
    const types = new Set(data.feed.edges.map((e) => e.node.type));
    expect(types).toContain('KUDOS');
    expect(types).toContain('BADGE_EARNED');
    expect(types).toContain('CHALLENGE_CLOSED');
    expect(data.feed.edges.some((e) => e.node.reactions.length > 0)).toBe(true);
    expect(data.feed.edges.some((e) => e.node.commentCount > 0)).toBe(true);
    expect(data.myBadges.some((b) => b.earned.length > 0)).toBe(true);
    expect(data.closed.edges).toHaveLength(1);
    expect(data.closed.edges[0]!.node.standings.some((s) => s.winner)).toBe(true);
    expect(data.active.edges).toHaveLength(1);
    expect(data.unreadNotificationCount).toBeGreaterThan(0);
    expect((await verifyLedger(t.dataSource)).drift).toEqual([]);
  });
});
