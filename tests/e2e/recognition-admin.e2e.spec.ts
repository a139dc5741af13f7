import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import ja from '../../apps/web/src/app/i18n/locales/ja.json';
import { DEMO_PASSWORD } from '../../apps/api/src/modules/demo/demo-organization.data';
import { type AppServer, startAppServer } from '../support/app-server';
import {
  VIEWPORTS,
  collectPageErrors,
  launchBrowser,
  newContext,
  screenshot,
} from '../support/browser';
import { GraphQLClient } from '../support/graphql-client';
import { demoMember, fill, screenshotBoth, signIn } from '../support/e2e-journey';

// The administrator's side of kudos: an organization value is added, a member thanks a colleague
// for it, and the administrator reverses that kudos with a reason — it leaves the feed.

const admin = demoMember('admin@example.com');
const giver = demoMember('staff@example.com');
const receiver = demoMember('manager@example.com');

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A Mantine Select's input (a combobox, or a textbox in older versions) by its label. */
function selectInput(scope: Locator, label: string): Locator {
  return scope
    .getByRole('combobox', { name: label })
    .or(scope.getByRole('textbox', { name: label }))
    .first();
}

async function giveKudos(page: Page, valueLabel: string, message: string) {
  await page.getByRole('button', { name: ja.recognition.kudos.open }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('kudos-budget').filter({ hasText: /\d/ }).waitFor();
  const picker = selectInput(dialog, ja.recognition.kudos.receiver);
  await picker.click();
  await picker.fill(receiver.displayName.split(' ')[0] ?? receiver.displayName);
  await page
    .getByRole('option', { name: new RegExp(receiver.displayName) })
    .first()
    .click();
  await selectInput(dialog, ja.recognition.kudos.value).click();
  await page.getByRole('option', { name: valueLabel, exact: true }).click();
  await dialog.getByRole('textbox', { name: ja.recognition.kudos.message }).fill(message);
  await dialog.getByRole('button', { name: ja.recognition.kudos.submit }).click();
  await page.getByText(fill(ja.recognition.kudos.sent, { name: receiver.displayName })).waitFor();
}

describe('recognition administration', () => {
  let adminContext: BrowserContext;
  let giverContext: BrowserContext;

  afterEach(async () => {
    await adminContext?.close();
    await giverContext?.close();
  });

  it('an admin adds a value, a member gives kudos with it, the admin reverses it with a reason', async () => {
    adminContext = await newContext(browser, server.url, VIEWPORTS.desktop);
    const adminPage = await adminContext.newPage();
    const adminErrors = collectPageErrors(adminPage);
    await signIn(adminPage, admin.email);

    // The admin home links to the real screens (nothing is "coming soon" any more).
    await adminPage.goto('/admin');
    await adminPage.getByRole('heading', { name: ja.admin.title, exact: true }).waitFor();
    expect(await adminPage.getByText(ja.comingSoon.badge).count()).toBe(0);
    // The card's button reads 開く, with the screen's name for screen readers.
    await adminPage
      .getByRole('link', { name: new RegExp(ja.nav.adminRecognition) })
      .filter({ hasText: ja.admin.open })
      .click();
    await adminPage
      .getByRole('heading', { name: ja.recognition.admin.title, exact: true })
      .waitFor();

    // A label that already exists is refused on its field.
    const add = adminPage.locator('form').filter({ hasText: ja.recognition.values.addHeading });
    const labelInput = add.getByRole('textbox', { name: ja.recognition.values.label });
    await labelInput.fill('挑戦');
    await add.getByRole('button', { name: ja.recognition.values.add }).click();
    await add.getByText(ja.fieldErrors.recognitionValue.duplicate).waitFor();

    const valueLabel = `改善${Date.now() % 1_000_000}`;
    await labelInput.fill(valueLabel);
    await add.getByRole('textbox', { name: ja.recognition.values.labelEn }).fill('Improvement');
    await add.getByRole('button', { name: ja.recognition.values.add }).click();
    const row = adminPage.getByTestId('value-row').filter({ hasText: valueLabel });
    await row.waitFor();
    // New values go last; moving it up puts it before the previous last one.
    const activeRows = adminPage.locator('[data-testid="value-row"][data-archived="false"]');
    const before = await activeRows.allTextContents();
    expect(before.at(-1)).toContain(valueLabel);
    await adminPage
      .getByRole('button', { name: fill(ja.recognition.values.moveUpNamed, { name: valueLabel }) })
      .click();
    await adminPage.getByText(ja.recognition.values.reordered).first().waitFor();
    await expectEventually(
      async () => (await activeRows.allTextContents()).at(-2) ?? '',
      valueLabel,
    );
    await screenshotBoth(adminPage, 'admin-recognition-values-ja');

    // A member thanks a colleague for the new value.
    giverContext = await newContext(browser, server.url, VIEWPORTS.desktop);
    const giverPage = await giverContext.newPage();
    const giverErrors = collectPageErrors(giverPage);
    await signIn(giverPage, giver.email);
    const message = `E2E: 手順書の改善ありがとうございます（${Date.now()}）`;
    await giveKudos(giverPage, valueLabel, message);
    await giverPage.getByTestId('feed-kudos-message').filter({ hasText: message }).waitFor();

    // The admin finds it in the feed and reverses it; a reason is required.
    await adminPage.goto('/');
    const item = adminPage.getByTestId('feed-item').filter({ hasText: message });
    await item.waitFor({ timeout: 10_000 });
    expect(await item.textContent()).toContain(
      fill(ja.recognition.feed.items.kudos, {
        actor: giver.displayName,
        subject: receiver.displayName,
        value: valueLabel,
      }),
    );
    await item.getByRole('button', { name: ja.recognition.feed.itemMenu }).click();
    await adminPage.getByRole('menuitem', { name: ja.recognition.reverse.menu }).click();
    const dialog = adminPage.getByRole('dialog', { name: ja.recognition.reverse.title });
    await dialog.getByRole('button', { name: ja.recognition.reverse.confirm }).click();
    await dialog.getByText(ja.fieldErrors.kudos.reasonRequired).waitFor();
    await dialog
      .getByRole('textbox', { name: ja.recognition.reverse.reason })
      .fill('E2E: 同じ相手への重複した称賛のため');
    await screenshot(adminPage, 'admin-reverse-kudos-ja', { fullPage: false });
    await dialog.getByRole('button', { name: ja.recognition.reverse.confirm }).click();
    await adminPage.getByText(ja.recognition.reverse.done).waitFor();
    await item.waitFor({ state: 'detached' });

    // Gone for everyone: the member's feed no longer lists it after a reload.
    await giverPage.reload();
    await giverPage.getByTestId('feed-item').first().waitFor();
    expect(await giverPage.getByTestId('feed-item').filter({ hasText: message }).count()).toBe(0);
    // Staff see no admin menu on feed items.
    expect(await giverPage.getByTestId('feed-item-menu').count()).toBe(0);

    expect(adminErrors.filter((m) => !isExpectedConsoleError(m))).toEqual([]);
    expect(giverErrors.filter((m) => !isExpectedConsoleError(m))).toEqual([]);
  });

  it('an admin creates a custom badge; a threshold out of range is refused on its field', async () => {
    adminContext = await newContext(browser, server.url, VIEWPORTS.desktop);
    const page = await adminContext.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, admin.email);
    await page.goto('/admin/custom-badges');
    await page.getByRole('heading', { name: ja.badges.custom.title, exact: true }).waitFor();
    const form = page.locator('form').filter({ hasText: ja.badges.custom.createHeading });

    const name = `E2E 投稿の達人 ${Date.now() % 100_000}`;
    await form.getByRole('textbox', { name: ja.badges.custom.nameJa }).fill(name);
    await form.getByRole('textbox', { name: ja.badges.custom.nameEn }).fill('E2E post master');
    await selectInput(form, ja.badges.custom.metric).click();
    await page.getByRole('option').first().click();
    const threshold = form.getByRole('textbox', { name: ja.badges.custom.threshold });
    await threshold.fill('2000000');
    await form.getByRole('button', { name: ja.badges.custom.submit }).click();
    await form.getByText(ja.fieldErrors.badge.thresholdInvalid).waitFor();

    await threshold.fill('3');
    await form.getByRole('button', { name: ja.badges.custom.submit }).click();
    await page.getByText(fill(ja.badges.custom.created, { name })).waitFor();
    await page.getByTestId('custom-badge').filter({ hasText: name }).waitFor();
    await screenshotBoth(page, 'admin-custom-badges-ja');
    expect(errors.filter((m) => !isExpectedConsoleError(m))).toEqual([]);
  });
});

describe('challenge editing', () => {
  let context: BrowserContext;

  afterEach(async () => {
    await context?.close();
  });

  it('an admin edits a challenge that has not started, with the create form filled in', async () => {
    // Next calendar month: not started, so still editable.
    const api = new GraphQLClient(server.url);
    await api.login(admin.email, DEMO_PASSWORD);
    const { teams } = await api.ok<{ teams: { id: string }[] }>('query { teams { id } }');
    const now = new Date();
    const startsAt = new Date(now.getFullYear(), now.getMonth() + 1, 1);
    const endsAt = new Date(now.getFullYear(), now.getMonth() + 2, 1);
    const title = `E2E 来月のチャレンジ ${Date.now() % 100_000}`;
    const created = await api.ok<{ createChallenge: { id: string } }>(
      `mutation ($input: ChallengeInput!) { createChallenge(input: $input) { id } }`,
      {
        input: {
          title,
          metric: 'POINTS',
          target: 100,
          unitType: 'TEAM',
          unitIds: teams.slice(0, 2).map((team) => team.id),
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
        },
      },
    );

    context = await newContext(browser, server.url, VIEWPORTS.desktop);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, admin.email);
    await page.goto(`/challenges/${created.createChallenge.id}`);
    await page.getByRole('heading', { name: title, exact: true }).waitFor();
    await page.getByRole('link', { name: ja.challenges.edit, exact: true }).click();
    await page
      .getByRole('heading', { name: ja.challenges.form.editHeading, exact: true })
      .waitFor();
    const titleInput = page.getByRole('textbox', { name: ja.challenges.form.title });
    expect(await titleInput.inputValue()).toBe(title);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(await page.getByLabel(ja.challenges.form.start).inputValue()).toBe(
      `${startsAt.getFullYear()}-${pad(startsAt.getMonth() + 1)}-01`,
    );

    const renamed = `${title}（改）`;
    await titleInput.fill(renamed);
    await page.getByRole('button', { name: ja.challenges.form.saveChanges }).click();
    await page.getByRole('heading', { name: renamed, exact: true }).waitFor();
    expect(await page.getByTestId('challenge-standing').count()).toBe(2);
    expect(errors.filter((m) => !isExpectedConsoleError(m))).toEqual([]);
  });
});

async function expectEventually(read: () => Promise<string>, expected: string) {
  const deadline = Date.now() + 5_000;
  let last = '';
  while (Date.now() < deadline) {
    last = await read();
    if (last.includes(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(last).toContain(expected);
}

/** The browser logs failed HTTP requests (4xx GraphQL answers). */
function isExpectedConsoleError(message: string): boolean {
  return /Failed to load resource: the server responded with a status of 4\d\d/.test(message);
}
