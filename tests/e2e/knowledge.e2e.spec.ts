import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../apps/web/src/app/i18n/locales/en.json';
import ja from '../../apps/web/src/app/i18n/locales/ja.json';
import {
  DEMO_MEMBERS,
  DEMO_PASSWORD,
} from '../../apps/api/src/modules/demo/demo-organization.data';
import { fill, signIn, screenshotFromTop, screenshotBoth } from '../support/e2e-journey';
import { type AppServer, startAppServer } from '../support/app-server';
import { GraphQLClient } from '../support/graphql-client';
import {
  VIEWPORTS,
  collectPageErrors,
  launchBrowser,
  newContext,
  screenshot,
} from '../support/browser';

// Knowledge posts, the guideline and search, on the demo organization: an administrator
// publishes a guideline, a staff member acknowledges it and publishes a post (with a table,
// an image, an e-mail address the content check flags, and XSS payloads that must stay inert),
// a manager reads, likes, comments and finds it by searching a two-character word.
// Texts come from the app's translation files.

const staff = DEMO_MEMBERS.find((member) => member.email === 'staff@example.com');
const admin = DEMO_MEMBERS.find((member) => member.email === 'admin@example.com');
const manager = DEMO_MEMBERS.find((member) => member.email === 'manager@example.com');
if (!staff || !admin || !manager) {
  throw new Error('The demo data must include staff@, admin@ and manager@example.com');
}

// A 1×1 transparent PNG.
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const SEARCH_WORD = '早見';
const POST_TITLE = `請求書チェックの手順と${SEARCH_WORD}表`;
const EMAIL = 'keiri-help@example.com';
const POST_BODY = [
  '## 概要',
  '請求書の確認で迷いやすい項目をまとめました。',
  '',
  '| 項目 | 確認すること |',
  '| --- | --- |',
  '| 宛名 | 正式名称になっているか |',
  '| 金額 | 税込・税抜の表記 |',
  '',
  '<img src=x onerror=alert(1)>',
  '',
  '[x](javascript:alert(1))',
  '',
  `問い合わせ先: ${EMAIL}`,
  '',
].join('\n');

let server: AppServer;
let browser: Browser;
let postPath = '';
let guidelineVersion = 0;

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  const api = new GraphQLClient(server.url);
  await api.login(admin.email, DEMO_PASSWORD);
  const current = await api.ok<{ guideline: { version: number } }>(
    'query { guideline { version } }',
  );
  guidelineVersion = current.guideline.version;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The browser logs failed HTTP requests (4xx GraphQL answers, e.g. a refused publish). */
function unexpected(errors: string[]): string[] {
  return errors.filter(
    (message) =>
      !/Failed to load resource: the server responded with a status of 4\d\d/.test(message),
  );
}

describe('knowledge, guideline and search', () => {
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let dialogs: string[];

  beforeEach(async () => {
    context = await newContext(browser, server.url, VIEWPORTS.desktop);
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
    dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterEach(async () => {
    await context?.close();
  });

  it('an administrator publishes a new guideline version and adds a banned term', async () => {
    await signIn(page, admin.email);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: ja.guideline.admin.navLabel, exact: true }).click();
    await page.waitForURL(/\/admin\/guideline$/);
    await page.getByRole('heading', { name: ja.guideline.admin.title, exact: true }).waitFor();

    const sections = {
      recommendedUses:
        '- 議事録やメールの**たたき台**づくり\n- 長い資料の要約\n- 企画のアイデア出し',
      neverInput:
        '- 顧客の個人情報（氏名・連絡先）\n- 取引先名や未公開の数値\n- パスワードや社外秘の資料',
      finalCheck:
        '- 事実関係と数値を原典で確認する\n- 差別的・不適切な表現がないか読む\n- 社外に出す前に上長が確認する',
    };
    for (const [key, text] of Object.entries(sections)) {
      await page.getByTestId(`guideline-input-${key}`).fill(text);
    }
    await screenshotFromTop(page, 'guideline-admin-ja');
    await page.getByRole('button', { name: ja.guideline.admin.publish }).click();
    const confirm = page.getByRole('dialog', { name: ja.guideline.admin.confirmTitle });
    await confirm.getByRole('button', { name: ja.guideline.admin.publish }).click();
    const next = guidelineVersion + 1;
    await page
      .getByTestId('guideline-admin-version')
      .filter({ hasText: fill(ja.guideline.version, { version: next }) })
      .waitFor();
    await page.getByText(fill(ja.guideline.admin.published, { version: next })).waitFor();
    guidelineVersion = next;
    // The publisher has read it: no banner for them (once the page has refetched).
    await page.getByTestId('guideline-banner').waitFor({ state: 'detached' });
    expect(await page.getByTestId('guideline-banner').count()).toBe(0);

    // Banned terms: add one, see it listed.
    await nav.getByRole('link', { name: ja.guideline.bannedTerms.navLabel, exact: true }).click();
    await page.waitForURL(/\/admin\/banned-terms$/);
    await page.getByLabel(ja.guideline.bannedTerms.termLabel).fill('サンプル商事');
    await page.getByRole('button', { name: ja.guideline.bannedTerms.add, exact: true }).click();
    await page.getByTestId('banned-term').filter({ hasText: 'サンプル商事' }).waitFor();
    // The same term again is refused with a clear message.
    await page.getByLabel(ja.guideline.bannedTerms.termLabel).fill('サンプル商事');
    await page.getByRole('button', { name: ja.guideline.bannedTerms.add, exact: true }).click();
    await page.getByText(ja.fieldErrors.term.duplicate).waitFor();
    await screenshotFromTop(page, 'banned-terms-ja');

    expect(unexpected(pageErrors)).toEqual([]);
  });

  it('a staff member sees the guideline banner and acknowledges the new version', async () => {
    await signIn(page, staff.email);
    const banner = page.getByTestId('guideline-banner');
    await banner
      .getByText(fill(ja.guideline.banner.title, { version: guidelineVersion }))
      .waitFor();
    await screenshotFromTop(page, 'guideline-banner-ja');
    await banner.getByRole('button', { name: ja.guideline.banner.read }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: ja.guideline.sections.neverInput.title }).waitFor();
    await dialog.getByText('顧客の個人情報（氏名・連絡先）').waitFor();
    await screenshot(page, 'guideline-dialog-ja', { fullPage: false });
    await dialog.getByRole('button', { name: ja.guideline.acknowledge }).click();
    await page.getByText(ja.guideline.acknowledged).waitFor();
    await banner.waitFor({ state: 'detached' });

    // The guideline page: three sections, acknowledged.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: ja.guideline.navLabel, exact: true })
      .click();
    await page.waitForURL(/\/guideline$/);
    await page.getByRole('heading', { name: ja.guideline.title, exact: true }).waitFor();
    for (const key of ['recommendedUses', 'neverInput', 'finalCheck'] as const) {
      await page.getByTestId(`guideline-section-${key}`).waitFor();
    }
    await page.getByTestId('guideline-acknowledged').waitFor();
    await screenshotBoth(page, 'guideline-ja');

    // Still acknowledged after a reload: the banner stays away.
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByTestId('guideline-banner').count()).toBe(0);

    expect(unexpected(pageErrors)).toEqual([]);
  });

  it('a staff member writes a post with a table, an image and XSS payloads and publishes it', async () => {
    await signIn(page, staff.email);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: ja.nav.knowledge, exact: true })
      .click();
    await page.waitForURL(/\/knowledge$/);
    await page.getByRole('heading', { name: ja.knowledge.title, exact: true }).waitFor();
    await page.getByRole('link', { name: ja.knowledge.create }).first().click();
    await page.waitForURL(/\/knowledge\/new$/);

    await page.getByTestId('knowledge-title-input').fill(POST_TITLE);
    const tags = page.getByRole('combobox', { name: ja.knowledge.editor.tags, exact: true });
    await tags.fill('経理');
    await tags.press('Enter');
    await tags.fill('請求書');
    await tags.press('Enter');
    const body = page.getByTestId('knowledge-body-input');
    await body.fill(POST_BODY);

    // Live preview: the table renders, the payloads do not.
    const preview = page.getByTestId('knowledge-preview');
    await preview.locator('table th').filter({ hasText: '確認すること' }).waitFor();

    // Images: a wrong type is refused with a message; a PNG is uploaded and inserted.
    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles({
      name: 'memo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not an image'),
    });
    await page
      .getByText(fill(ja.knowledge.editor.image.unsupportedType, { name: 'memo.txt' }))
      .waitFor();
    await fileInput.setInputFiles({
      name: '確認フロー.png',
      mimeType: 'image/png',
      buffer: PNG_1X1,
    });
    await page.waitForFunction(() =>
      (
        document.querySelector('[data-testid="knowledge-body-input"]') as HTMLTextAreaElement
      )?.value.includes('![確認フロー](/uploads/'),
    );
    await preview.locator('img[src^="/uploads/"]').waitFor();

    // The content check flags the e-mail address while editing; clicking selects it.
    const flags = page.getByTestId('content-flags');
    await flags.getByText(EMAIL).waitFor();
    await flags
      .getByRole('button', { name: fill(ja.guideline.flags.select, { match: EMAIL }) })
      .click();
    const selected = await body.evaluate((element: HTMLTextAreaElement) =>
      element.value.slice(element.selectionStart, element.selectionEnd),
    );
    expect(selected).toBe(EMAIL);
    await screenshotBoth(page, 'knowledge-editor-ja');

    // Publishing is refused until the author confirms the flagged content.
    await page.getByRole('button', { name: ja.knowledge.editor.publish, exact: true }).click();
    const confirm = page.getByRole('dialog', { name: ja.guideline.flags.dialogTitle });
    await confirm.getByText(EMAIL).first().waitFor();
    await confirm.getByRole('button', { name: ja.guideline.flags.confirmPublish }).click();
    await page.waitForURL(
      (url) => /^\/knowledge\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'),
    );
    postPath = new URL(page.url()).pathname;

    // The published post: the table is rendered, the payloads are inert.
    const article = page.getByRole('article');
    await article.getByRole('heading', { name: '概要' }).waitFor();
    await article.locator('table td').filter({ hasText: '税込・税抜の表記' }).waitFor();
    const image = article.locator('img[src^="/uploads/"]');
    await image.waitFor();
    await page.waitForFunction(
      () =>
        ((document.querySelector('article img[src^="/uploads/"]') as HTMLImageElement | null)
          ?.naturalWidth ?? 0) > 0,
    );
    expect(await page.locator('img[onerror]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    // The author's own view does not count.
    expect(await page.getByTestId('view-count').textContent()).toBe(
      fill(ja.knowledge.views, { n: 0 }),
    );

    expect(unexpected(pageErrors)).toEqual([]);
  });

  it('a colleague opens the post (one counted view), likes it, comments and finds it by search', async () => {
    expect(postPath).not.toBe('');
    const viewRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') {
        const operation = (request.postDataJSON() as { operationName?: string } | null)
          ?.operationName;
        if (operation === 'RecordKnowledgeView') viewRequests.push(operation);
      }
    });

    await signIn(page, manager.email);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: ja.nav.knowledge, exact: true })
      .click();
    const card = page.getByTestId('knowledge-card').filter({ hasText: POST_TITLE });
    await card.getByRole('link', { name: POST_TITLE }).click();
    await page.waitForURL((url) => url.pathname === postPath);
    await page.getByRole('heading', { name: POST_TITLE, level: 1 }).waitFor();

    // Opening a published post records one view, and the count shows it.
    await page
      .getByTestId('view-count')
      .filter({ hasText: fill(ja.knowledge.views, { n: 1 }) })
      .waitFor();

    // 役に立った toggles with its count (re-renders record no further view).
    const like = page.getByTestId('like-button');
    await like.click();
    await page.getByTestId('like-count').filter({ hasText: '1' }).waitFor();
    expect(await like.getAttribute('aria-pressed')).toBe('true');

    await page
      .getByLabel(ja.knowledge.comments.add)
      .fill('とても分かりやすいです。経理チームでも使います！');
    await page.getByRole('button', { name: ja.knowledge.comments.submit }).click();
    await page
      .getByTestId('knowledge-comment')
      .filter({ hasText: 'とても分かりやすいです。' })
      .waitFor();
    expect(viewRequests).toHaveLength(1);
    // Not the owner: no owner actions.
    expect(await page.getByRole('heading', { name: ja.knowledge.actions.title }).count()).toBe(0);

    // Search from the header box with a two-character word of the title.
    const box = page.getByRole('searchbox', { name: ja.search.boxLabel }).first();
    await box.fill(SEARCH_WORD);
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const hit = page.getByTestId('search-hit').filter({ hasText: POST_TITLE });
    await hit.waitFor();
    expect(await hit.getByTestId('search-hit-type').textContent()).toBe(
      ja.search.types.KNOWLEDGE_POST,
    );
    expect(await hit.getByTestId('search-hit-title').locator('mark').first().textContent()).toBe(
      SEARCH_WORD,
    );
    expect(await hit.getByTestId('search-hit-title').getAttribute('href')).toBe(postPath);
    // Filtering by another type hides it.
    const templateChip = page.locator('label').filter({ hasText: /^テンプレート$/ });
    await templateChip.click();
    await page.getByTestId('search-empty').waitFor();
    await templateChip.click();
    await hit.waitFor();
    await screenshotBoth(page, 'search-ja');

    expect(viewRequests).toHaveLength(1);
    expect(unexpected(pageErrors)).toEqual([]);
  });

  it('the author sees the counted view, the like, the comment and the edit history', async () => {
    await signIn(page, staff.email);
    await page.goto(postPath);
    await page.getByRole('heading', { name: POST_TITLE, level: 1 }).waitFor();
    await page
      .getByTestId('view-count')
      .filter({ hasText: fill(ja.knowledge.views, { n: 1 }) })
      .waitFor();
    await page.getByTestId('like-count').filter({ hasText: '1' }).waitFor();
    await page.getByTestId('knowledge-comment').first().waitFor();
    await page.getByRole('heading', { name: ja.knowledge.actions.title }).waitFor();
    await page.getByTestId('knowledge-revision').first().waitFor();
    await screenshotBoth(page, 'knowledge-detail-ja');

    // A revision can be opened.
    await page.getByRole('button', { name: ja.knowledge.revisions.show }).first().click();
    await page.getByTestId('knowledge-revision-content').getByText(POST_TITLE).waitFor();
    await page.keyboard.press('Escape');

    // The list shows the post with its counts.
    await page.goto('/knowledge');
    const card = page.getByTestId('knowledge-card').filter({ hasText: POST_TITLE });
    await card.waitFor();
    await screenshotFromTop(page, 'knowledge-list-ja');

    // In English the page follows without a reload.
    await page.getByRole('button', { name: new RegExp(ja.language.switch) }).click();
    await page.getByRole('menuitem', { name: en.language.en }).click();
    await page.getByRole('heading', { name: en.knowledge.title, exact: true }).waitFor();
    await card.getByRole('link', { name: POST_TITLE }).click();
    await page.getByRole('heading', { name: en.knowledge.info.title }).waitFor();
    await screenshotBoth(page, 'knowledge-detail-en');

    expect(dialogs).toEqual([]);
    expect(unexpected(pageErrors)).toEqual([]);
  });
});
