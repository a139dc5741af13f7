import type { Browser, BrowserContext, Locator, Page, WebSocket } from 'playwright-core';
import ja from '../../apps/web/src/app/i18n/locales/ja.json';
import {
  DEMO_MEMBERS,
  DEMO_PASSWORD,
} from '../../apps/api/src/modules/demo/demo-organization.data';
import { type AppServer, startAppServer } from '../support/app-server';
import { GraphQLClient } from '../support/graphql-client';
import {
  VIEWPORTS,
  collectPageErrors,
  launchBrowser,
  newContext,
  screenshot,
} from '../support/browser';

// Recognition on the demo organization: a kudos reaches its receiver's open home page (feed and
// bell) over the WebSocket subscriptions, without a reload. Texts come from the translations.

const giver = DEMO_MEMBERS.find((member) => member.email === 'staff@example.com');
const receiver = DEMO_MEMBERS.find((member) => member.email === 'manager@example.com');
const hr = DEMO_MEMBERS.find((member) => member.email === 'hr@example.com');
if (!giver || !receiver || !hr) {
  throw new Error('The demo data must include staff@, manager@ and hr@example.com');
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/{{(\w+)}}/g, (_, name: string) => String(values[name]));

let server: AppServer;
let browser: Browser;
let valueLabel: string;

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  // The organization's first value, as the dialog lists it, and a budget to give from.
  const api = new GraphQLClient(server.url);
  await api.login(giver.email, DEMO_PASSWORD);
  const data = await api.ok<{
    recognitionValues: { label: string }[];
    myKudosBudget: { remaining: number };
  }>('query { recognitionValues { label } myKudosBudget { remaining } }');
  const first = data.recognitionValues[0];
  if (!first) throw new Error('The demo organization has no recognition values');
  valueLabel = first.label;
  if (data.myKudosBudget.remaining < 1) throw new Error('The demo giver has no kudos left');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel(ja.auth.email).fill(email);
  await page.getByRole('textbox', { name: ja.auth.password, exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: ja.auth.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/**
 * Resolves once the page's GraphQL WebSocket is acknowledged and has subscribed to every named
 * operation (graphql-transport-ws frames), so an event published afterwards must reach it.
 */
function subscriptionsReady(page: Page, operations: readonly string[]): Promise<void> {
  return new Promise((resolve) => {
    const pending = new Set(operations);
    let acknowledged = false;
    const check = () => {
      if (acknowledged && pending.size === 0) resolve();
    };
    page.on('websocket', (socket: WebSocket) => {
      if (!socket.url().endsWith('/graphql')) return;
      socket.on('framereceived', ({ payload }) => {
        if (String(payload).includes('"connection_ack"')) acknowledged = true;
        check();
      });
      socket.on('framesent', ({ payload }) => {
        const text = String(payload);
        if (!text.includes('"subscribe"')) return;
        for (const name of pending) if (text.includes(`subscription ${name}`)) pending.delete(name);
        check();
      });
    });
  });
}

async function bellCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('notification-count').getAttribute('data-count'));
}

/** A Mantine Select's input (a combobox, or a textbox in older versions) by its label. */
function selectInput(scope: Locator, label: string): Locator {
  return scope
    .getByRole('combobox', { name: label })
    .or(scope.getByRole('textbox', { name: label }))
    .first();
}

async function pickReceiver(page: Page, name: string) {
  const dialog = page.getByRole('dialog');
  const picker = selectInput(dialog, ja.recognition.kudos.receiver);
  await picker.click();
  await picker.fill(name.split(' ')[0] ?? name);
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
}

async function pickValue(page: Page, label: string) {
  const dialog = page.getByRole('dialog');
  await selectInput(dialog, ja.recognition.kudos.value).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

describe('recognition', () => {
  let giverContext: BrowserContext;
  let receiverContext: BrowserContext;

  afterEach(async () => {
    await giverContext?.close();
    await receiverContext?.close();
  });

  it('a kudos appears in the receiver’s open feed and bell without a reload', async () => {
    receiverContext = await newContext(browser, server.url, VIEWPORTS.desktop);
    const receiverPage = await receiverContext.newPage();
    const receiverErrors = collectPageErrors(receiverPage);
    const ready = subscriptionsReady(receiverPage, ['FeedItemAdded', 'NotificationAdded']);
    await signIn(receiverPage, receiver.email);
    await receiverPage
      .getByTestId('feed')
      .getByRole('heading', { name: ja.recognition.feed.title })
      .waitFor();
    await ready;
    // The server registers the subscription just after the frame: give it a moment.
    await receiverPage.waitForTimeout(500);
    const unreadBefore = await bellCount(receiverPage);
    const firstBefore = await receiverPage.getByTestId('feed-item').first().getAttribute('data-id');
    let navigations = 0;
    receiverPage.on('framenavigated', () => navigations++);

    giverContext = await newContext(browser, server.url, VIEWPORTS.desktop);
    const giverPage = await giverContext.newPage();
    const giverErrors = collectPageErrors(giverPage);
    await signIn(giverPage, giver.email);
    await giverPage.getByRole('button', { name: ja.recognition.kudos.open }).click();
    const dialog = giverPage.getByRole('dialog');
    await dialog.getByTestId('kudos-budget').filter({ hasText: /\d/ }).waitFor();

    // An empty message is refused by the server with a clear, translated reason.
    await pickReceiver(giverPage, receiver.displayName);
    await pickValue(giverPage, valueLabel);
    await dialog.getByRole('button', { name: ja.recognition.kudos.submit }).click();
    await dialog.getByText(ja.fieldErrors.kudos.messageRequired).waitFor();
    await screenshot(giverPage, 'kudos-dialog-error-ja', { fullPage: false });

    const message = `E2E: 提案書の見直し、本当に助かりました（${Date.now()}）`;
    await dialog.getByRole('textbox', { name: ja.recognition.kudos.message }).fill(message);
    await dialog.getByRole('button', { name: ja.recognition.kudos.submit }).click();
    await giverPage
      .getByText(fill(ja.recognition.kudos.sent, { name: receiver.displayName }))
      .waitFor();
    // The giver's own feed shows it too.
    await giverPage.getByTestId('feed-kudos-message').filter({ hasText: message }).waitFor();

    // The receiver's page, untouched: the kudos arrives at the top of the feed …
    const item = receiverPage.getByTestId('feed-item').filter({ hasText: message });
    await item.waitFor({ timeout: 10_000 });
    expect(await item.textContent()).toContain(
      fill(ja.recognition.feed.items.kudos, {
        actor: giver.displayName,
        subject: receiver.displayName,
        value: valueLabel,
      }),
    );
    // Live items go on top: above everything the page had loaded before.
    const ids = await receiverPage
      .getByTestId('feed-item')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
    const kudosId = await item.getAttribute('data-id');
    expect(ids.indexOf(kudosId)).toBeGreaterThanOrEqual(0);
    if (firstBefore) expect(ids.indexOf(kudosId)).toBeLessThan(ids.indexOf(firstBefore));
    // … and the bell counts one more unread notification.
    await receiverPage
      .locator(`[data-testid="notification-count"][data-count="${unreadBefore + 1}"]`)
      .waitFor({ timeout: 10_000 });
    expect(navigations).toBe(0);
    await screenshot(receiverPage, 'recognition-live-receiver-ja');
    await receiverPage.setViewportSize(VIEWPORTS.phone);
    await screenshot(receiverPage, 'recognition-live-receiver-ja-phone', { fullPage: false });
    await receiverPage.setViewportSize(VIEWPORTS.desktop);

    // The bell lists it; marking everything read clears the count.
    await receiverPage
      .getByRole('button', {
        name: fill(ja.notifications.bellWithCount, { count: unreadBefore + 1 }),
      })
      .click();
    const notification = receiverPage
      .getByTestId('notification')
      .filter({
        hasText: fill(ja.notifications.items.kudosReceived, {
          actor: giver.displayName,
          value: valueLabel,
        }),
      })
      .first();
    await notification.waitFor();
    expect(await notification.getAttribute('data-read')).toBe('false');
    await screenshot(receiverPage, 'notifications-open-ja', { fullPage: false });
    await receiverPage.getByRole('button', { name: ja.notifications.markAllRead }).click();
    await receiverPage.locator('[data-testid="notification-count"][data-count="0"]').waitFor();

    // A reaction counts at once.
    await item.locator('[data-testid="feed-reaction"][data-emoji="👏"]').click();
    await item
      .locator('[data-testid="feed-reaction"][data-emoji="👏"][aria-pressed="true"]')
      .waitFor();

    expect(receiverErrors.filter((m) => !isExpectedConsoleError(m))).toEqual([]);
    expect(giverErrors.filter((m) => !isExpectedConsoleError(m))).toEqual([]);
  });

  it('the leaderboard, challenges, profile badges, ambassadors and fair-play pages open', async () => {
    giverContext = await newContext(browser, server.url, VIEWPORTS.desktop);
    const page = await giverContext.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, giver.email);

    await page
      .getByRole('navigation')
      .getByRole('link', { name: ja.nav.leaderboard, exact: true })
      .click();
    await page.getByRole('heading', { name: ja.leaderboard.title, exact: true }).waitFor();
    await page.getByTestId('my-rank').waitFor();
    await page.getByRole('switch', { name: ja.leaderboard.hideMe }).waitFor();
    await screenshot(page, 'leaderboard-ja');

    await page
      .getByRole('navigation')
      .getByRole('link', { name: ja.nav.challenges, exact: true })
      .click();
    await page.getByRole('heading', { name: ja.challenges.title, exact: true }).waitFor();
    await page
      .getByTestId('challenge-card')
      .or(page.getByTestId('challenges-empty'))
      .first()
      .waitFor();
    await screenshot(page, 'challenges-ja');

    await page.goto('/profile');
    await page.getByRole('heading', { name: ja.badges.title, exact: true }).waitFor();
    await page.getByTestId('badge-tile').first().waitFor();
    await screenshot(page, 'profile-badges-ja');

    await page.goto('/ambassadors');
    await page.getByRole('heading', { name: ja.ambassadors.title, exact: true }).waitFor();
    await screenshot(page, 'ambassadors-ja');

    // Staff may not open the fair-play report; HR may.
    await page.goto('/hr/fair-play');
    await page.getByRole('heading', { name: ja.guard.forbiddenTitle }).waitFor();
    expect(errors.filter((m) => !isExpectedConsoleError(m))).toEqual([]);

    receiverContext = await newContext(browser, server.url, VIEWPORTS.desktop);
    const hrPage = await receiverContext.newPage();
    const hrErrors = collectPageErrors(hrPage);
    await signIn(hrPage, hr.email);
    await hrPage
      .getByRole('navigation')
      .getByRole('link', { name: ja.nav.fairPlay, exact: true })
      .click();
    await hrPage.getByRole('heading', { name: ja.fairPlay.title, exact: true }).waitFor();
    await hrPage.getByTestId('fair-play-norm').waitFor();
    await screenshot(hrPage, 'fair-play-ja');
    expect(hrErrors.filter((m) => !isExpectedConsoleError(m))).toEqual([]);
  });
});

describe('challenges', () => {
  let context: BrowserContext;

  afterEach(async () => {
    await context?.close();
  });

  it('an administrator creates a team challenge; an end before the start is refused clearly', async () => {
    const admin = DEMO_MEMBERS.find((member) => member.email === 'admin@example.com');
    if (!admin) throw new Error('The demo data must include admin@example.com');
    context = await newContext(browser, server.url, VIEWPORTS.desktop);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, admin.email);
    await page.goto('/challenges');
    await page.getByRole('link', { name: ja.challenges.create }).click();
    await page.getByRole('heading', { name: ja.challenges.form.heading, exact: true }).waitFor();

    const title = `E2E チャレンジ ${Date.now()}`;
    await page.getByRole('textbox', { name: ja.challenges.form.title }).fill(title);
    const units = selectInput(page.locator('form'), ja.challenges.form.units);
    for (const index of [0, 1]) {
      await units.click();
      await page.getByRole('option').nth(index).click();
    }
    await page.keyboard.press('Escape');
    const lastDay = page.getByLabel(ja.challenges.form.lastDay);
    const startDay = page.getByLabel(ja.challenges.form.start);
    const start = await startDay.inputValue();
    const dayBefore = new Date(`${start}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    await lastDay.fill(dayBefore.toISOString().slice(0, 10));
    await page.getByRole('button', { name: ja.challenges.form.submit }).click();
    await page.getByText(ja.fieldErrors.challenge.endBeforeStart).waitFor();
    await screenshot(page, 'challenge-form-error-ja');

    // This calendar month (the default): created, then shown with its standings.
    const endOfMonth = new Date(`${start}T00:00:00Z`);
    endOfMonth.setUTCMonth(endOfMonth.getUTCMonth() + 1, 0);
    await lastDay.fill(endOfMonth.toISOString().slice(0, 10));
    await page.getByRole('button', { name: ja.challenges.form.submit }).click();
    await page.getByRole('heading', { name: title, exact: true }).waitFor();
    expect(await page.getByTestId('challenge-standing').count()).toBe(2);
    await screenshot(page, 'challenge-detail-ja');
    expect(errors.filter((m) => !isExpectedConsoleError(m))).toEqual([]);
  });
});

/** The browser logs failed HTTP requests (4xx GraphQL answers). */
function isExpectedConsoleError(message: string): boolean {
  return /Failed to load resource: the server responded with a status of 4\d\d/.test(message);
}
