import {
  DEFAULT_LEVEL_THRESHOLDS,
  DEFAULT_POINT_RULES,
  POINT_EVENT_LABELS,
} from '@chienowa/domain';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import en from '../../apps/web/src/app/i18n/locales/en.json';
import ja from '../../apps/web/src/app/i18n/locales/ja.json';
import {
  DEMO_MEMBERS,
  DEMO_PASSWORD,
} from '../../apps/api/src/modules/demo/demo-organization.data';
import { fill, signIn, screenshotFromTop, screenshotBoth } from '../support/e2e-journey';
import { type AppServer, startAppServer } from '../support/app-server';
import { GraphQLClient } from '../support/graphql-client';
import { VIEWPORTS, collectPageErrors, launchBrowser, newContext } from '../support/browser';

// マイポイント for a member and ポイントルール for an administrator, on the demo organization.
// Texts come from the app's translation files and the domain's labels.

const staff = DEMO_MEMBERS.find((member) => member.email === 'staff@example.com');
const admin = DEMO_MEMBERS.find((member) => member.email === 'admin@example.com');
if (!staff || !admin)
  throw new Error('The demo data must include staff@example.com and admin@example.com');

const beginner = DEFAULT_LEVEL_THRESHOLDS[0]?.ja ?? '初心者';
const nextLevel = DEFAULT_LEVEL_THRESHOLDS[1]?.ja ?? '中級者';
const nextLevelAt = DEFAULT_LEVEL_THRESHOLDS[1]?.minPoints ?? 100;
const viewLabel = POINT_EVENT_LABELS.viewReceived.ja;
let server: AppServer;
let browser: Browser;
/** A staff member who joined today: no ledger entries, whatever the demo data holds. */
const newcomer = { email: 'e2e.points.newcomer@example.com', displayName: '新井 初', password: '' };

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  const api = new GraphQLClient(server.url);
  await api.login(admin.email, DEMO_PASSWORD);
  const created = await api.ok<{ createMember: { temporaryPassword: string } }>(
    `mutation Create($input: CreateMemberInput!) {
      createMember(input: $input) { temporaryPassword }
    }`,
    {
      input: {
        email: newcomer.email,
        displayName: newcomer.displayName,
        nameReading: 'アライ ハジメ',
        roles: ['STAFF'],
      },
    },
  );
  newcomer.password = created.createMember.temporaryPassword;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('points', () => {
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeEach(async () => {
    context = await newContext(browser, server.url, VIEWPORTS.desktop);
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterEach(async () => {
    await context?.close();
  });

  it('a new staff member opens マイポイント: level 初心者, empty totals and how to earn points', async () => {
    await signIn(page, newcomer.email, newcomer.password);

    // Linked from the home page …
    await page.getByRole('link', { name: ja.home.nowPoints }).waitFor();
    // … and from the user menu.
    await page.getByRole('button', { name: ja.header.userMenu }).click();
    await page.getByRole('menuitem', { name: ja.header.myPoints }).click();
    await page.waitForURL(/\/points$/);
    await page.getByRole('heading', { name: ja.points.title, exact: true }).waitFor();

    // Level card: 初心者, 0 pt, 「あと100ptで中級者」.
    expect(await page.getByTestId('level-name').textContent()).toBe(beginner);
    expect(await page.getByTestId('all-time-points').textContent()).toBe('0pt');
    expect(await page.getByTestId('level-next').textContent()).toBe(
      fill(ja.points.level.toNext, { points: nextLevelAt, next: nextLevel }),
    );

    // Six current periods with the server's labels (e.g. 2026年度 下期), all at zero.
    const periods = page.getByTestId('period-total');
    expect(await periods.count()).toBe(6);
    const half = periods.filter({ hasText: ja.points.periods.FISCAL_HALF });
    expect(await half.textContent()).toMatch(/\d{4}年度 (上期|下期)/);
    for (const text of await periods.allTextContents()) expect(text).toContain('0pt');

    // No history yet: the empty state explains how to earn points, from the rules.
    const empty = page.getByTestId('points-empty');
    await empty.getByText(ja.points.empty.title).waitFor();
    await empty.getByText(POINT_EVENT_LABELS.storyApproved.ja).waitFor();
    await empty.getByRole('link', { name: ja.points.empty.postKnowledge }).waitFor();

    // The rules are public: label, points and daily cap.
    const panel = page.getByTestId('point-rules-panel');
    await panel.getByRole('heading', { name: ja.points.rules.heading }).waitFor();
    const viewRow = panel.getByTestId('point-rule-row').filter({ hasText: viewLabel });
    expect(await viewRow.textContent()).toContain(`+${DEFAULT_POINT_RULES.viewReceived.points}`);
    expect(await viewRow.textContent()).toContain(`${DEFAULT_POINT_RULES.viewReceived.dailyCap}pt`);
    expect(await panel.getByText(ja.points.rules.fairOwn).count()).toBe(1);

    await screenshotBoth(page, 'points-ja');

    // In English the server's texts follow too (labels, level, rules), without a reload.
    await page.getByRole('button', { name: new RegExp(ja.language.switch) }).click();
    await page.getByRole('menuitem', { name: en.language.en }).click();
    await page.getByRole('heading', { name: en.points.title, exact: true }).waitFor();
    await page
      .getByTestId('level-name')
      .filter({ hasText: DEFAULT_LEVEL_THRESHOLDS[0]?.en ?? 'Beginner' })
      .waitFor();
    await periods
      .filter({ hasText: en.points.periods.FISCAL_HALF })
      .filter({ hasText: /FY\d{4} H[12]/ })
      .waitFor();
    await panel.getByText(POINT_EVENT_LABELS.viewReceived.en).waitFor();
    await page.getByText(en.points.empty.title).waitFor();
    await screenshotFromTop(page, 'points-en');

    // Staff cannot open the admin page.
    await page.goto('/admin/points');
    await page.getByRole('heading', { name: en.guard.forbiddenTitle }).waitFor();

    expect(pageErrors.filter((message) => !isExpectedConsoleError(message))).toEqual([]);
  });

  it('an administrator changes a point rule and sees the new version', async () => {
    await signIn(page, admin.email);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: ja.nav.adminPointRules, exact: true }).click();
    await page.waitForURL(/\/admin\/points$/);
    await page.getByRole('heading', { name: ja.pointRules.title, exact: true }).waitFor();
    await page.getByText(ja.pointRules.appliesFromNow).waitFor();

    const version = Number(
      await page.getByTestId('point-rules-version').getAttribute('data-version'),
    );
    expect(version).toBeGreaterThanOrEqual(1);
    const save = page.getByRole('button', { name: ja.pointRules.save });
    expect(await save.isDisabled()).toBe(true);

    const viewPoints = page.getByRole('textbox', {
      name: fill(ja.pointRules.pointsFor, { label: viewLabel }),
    });
    const viewCap = page.getByRole('textbox', {
      name: fill(ja.pointRules.dailyCapFor, { label: viewLabel }),
    });
    const before = Number(await viewPoints.inputValue());
    const after = before >= 1000 ? 999 : before + 1;

    // Out of range: the field says why and nothing is sent.
    await viewPoints.fill('2000');
    await viewCap.fill('0');
    await save.click();
    await page.getByText(ja.fieldErrors.rules.invalidPoints).waitFor();
    await page.getByText(ja.fieldErrors.rules.invalidDailyCap).waitFor();
    await screenshotFromTop(page, 'point-rules-errors-ja');

    // A valid change: one point more per view, no daily cap.
    await viewPoints.fill(String(after));
    await viewCap.fill('');
    const row = page.getByTestId('point-rule-editor-row').filter({ has: viewPoints });
    expect(await row.getAttribute('data-changed')).toBe('true');
    await page.getByTestId('point-rules-change-count').filter({ hasText: '1' }).waitFor();
    await save.click();

    const saved = page.getByTestId('point-rules-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toBe(fill(ja.pointRules.savedNote, { version: version + 1 }));
    expect(await page.getByTestId('point-rules-version').getAttribute('data-version')).toBe(
      String(version + 1),
    );
    expect(await viewPoints.inputValue()).toBe(String(after));
    expect(await viewCap.inputValue()).toBe('');
    expect(await save.isDisabled()).toBe(true);
    await screenshotBoth(page, 'point-rules-ja');

    // Everyone sees the new rule on マイポイント.
    await page.goto('/points');
    const panel = page.getByTestId('point-rules-panel');
    await panel.getByText(fill(ja.points.rules.intro, { version: version + 1 })).waitFor();
    const viewRow = panel.getByTestId('point-rule-row').filter({ hasText: viewLabel });
    expect(await viewRow.textContent()).toBe(`${viewLabel}+${after}${ja.points.rules.noCap}`);

    expect(pageErrors.filter((message) => !isExpectedConsoleError(message))).toEqual([]);
  });

  it('the history explains every entry, marks reversals and loads more pages', async () => {
    // Until the content modules record events for the demo, the history's rendering is shown
    // with answers in the API's shape: the browser's PointHistory requests are answered here.
    const entry = (id: string, fields: Record<string, unknown>) => ({
      cursor: `c-${id}`,
      node: {
        __typename: 'PointHistoryEntry',
        id,
        kind: 'templateReused',
        category: 'reuses',
        ruleVersion: 1,
        reversesEntryId: null,
        reason: null,
        sourceType: 'template',
        sourceId: 'tpl-1',
        ...fields,
      },
    });
    const pages = {
      first: [
        entry('e4', {
          points: 5,
          description: '鈴木さんがあなたのテンプレート『議事録要約』を使いました +5',
          occurredAt: '2026-11-23T05:05:00.000Z',
        }),
        entry('e3', {
          points: -10,
          kind: 'knowledgePublished',
          category: 'posts',
          sourceType: 'knowledgePost',
          sourceId: 'post-7',
          reversesEntryId: 'e1',
          reason: '非公開にしました',
          description:
            'ナレッジ『経費精算の手順』を公開しました（取り消し：非公開にしました）\u221210',
          occurredAt: '2026-11-22T01:30:00.000Z',
        }),
      ],
      second: [
        entry('e1', {
          points: 10,
          kind: 'knowledgePublished',
          category: 'posts',
          sourceType: 'knowledgePost',
          sourceId: 'post-7',
          description: 'ナレッジ『経費精算の手順』を公開しました +10',
          occurredAt: '2026-11-20T00:10:00.000Z',
        }),
      ],
    };
    await page.route('**/graphql', async (route: Route) => {
      const body = route.request().postDataJSON() as {
        operationName?: string;
        variables?: { after?: string | null };
      } | null;
      if (body?.operationName !== 'PointHistory') return route.continue();
      const after = body.variables?.after ?? null;
      const edges = after ? pages.second : pages.first;
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: {
            myPoints: {
              __typename: 'MyPoints',
              history: {
                __typename: 'PointHistoryConnection',
                edges: edges.map((edge) => ({ __typename: 'PointHistoryEdge', ...edge })),
                pageInfo: {
                  __typename: 'PageInfo',
                  hasNextPage: !after,
                  endCursor: after ? 'c-e1' : 'c-e3',
                },
              },
            },
          },
        }),
      });
    });

    await signIn(page, staff.email);
    await page.goto('/points');
    const history = page.getByTestId('point-history');
    const entries = history.getByTestId('point-history-entry');
    await entries.first().waitFor();
    expect(await entries.count()).toBe(2);

    // Newest first: the sentence links to its source, the points are shown on their own.
    const reuse = entries.nth(0);
    const reuseLink = reuse.getByRole('link', {
      name: '鈴木さんがあなたのテンプレート『議事録要約』を使いました',
    });
    expect(await reuseLink.getAttribute('href')).toBe('/templates/tpl-1');
    expect(await reuse.getByTestId('point-history-points').textContent()).toBe('+5pt');
    await reuse.getByText('2026年11月23日(月) 14:05').waitFor();

    // A reversal is marked 取り消し with its reason and a minus.
    const reversal = entries.nth(1);
    expect(await reversal.getAttribute('data-reversal')).toBe('true');
    await reversal.getByText(ja.points.history.reversed, { exact: true }).waitFor();
    await reversal
      .getByText(fill(ja.points.history.reason, { reason: '非公開にしました' }))
      .waitFor();
    expect(await reversal.getByTestId('point-history-points').textContent()).toBe('\u221210pt');
    expect(await reversal.getByRole('link').getAttribute('href')).toBe('/knowledge/post-7');

    // Load more appends the next page; then the list says it is complete.
    await page.getByRole('button', { name: ja.points.history.loadMore }).click();
    await entries.nth(2).waitFor();
    expect(await entries.count()).toBe(3);
    await page.getByText(ja.points.history.end).waitFor();
    await screenshotBoth(page, 'points-history-ja');

    expect(pageErrors.filter((message) => !isExpectedConsoleError(message))).toEqual([]);
  });
});

/** The browser logs failed HTTP requests (4xx GraphQL answers). */
function isExpectedConsoleError(message: string): boolean {
  return /Failed to load resource: the server responded with a status of 4\d\d/.test(message);
}
