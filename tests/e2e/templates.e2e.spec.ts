import { DEFAULT_POINT_RULES, hoursSavedPerMonth } from '@chienowa/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import ja from '../../apps/web/src/app/i18n/locales/ja.json';
import { DEMO_MEMBERS } from '../../apps/api/src/modules/demo/demo-organization.data';
import { fill, signIn, screenshotBoth } from '../support/e2e-journey';
import { type AppServer, startAppServer } from '../support/app-server';
import { VIEWPORTS, collectPageErrors, launchBrowser, newContext } from '../support/browser';

// The browser test: a staff member publishes a fill-in template, a colleague fills it
// in and copies it (the real clipboard), the author sees the points with the reason, a search
// for 議事録 finds the template; then a success story using the template is submitted and
// approved from the review queue. Texts come from the app's translation files.

const staff = DEMO_MEMBERS.find((member) => member.email === 'staff@example.com');
const manager = DEMO_MEMBERS.find((member) => member.email === 'manager@example.com');
if (!staff || !manager) {
  throw new Error('The demo data must include staff@example.com and manager@example.com');
}

const TITLE = '議事録要約';
const DESCRIPTION =
  '会議メモを貼り付けるだけで、決定事項・ToDo・宿題に分けた議事録の要約を作ります。';
const INSTRUCTION =
  '次の会議メモを、決定事項・ToDo・次回までの宿題に分けて箇条書きで要約してください。';
const BODY = `${INSTRUCTION}\n\n{{会議メモ||ここに会議のメモを貼り付け}}\n\n出力は{{文体|です・ます調}}でお願いします。`;
const MEMO = '4月の展示会は東京ビッグサイトで開催。見積もりは田中さんが金曜までに作成。';
const FILLED = `${INSTRUCTION}\n\n${MEMO}\n\n出力はです・ます調でお願いします。`;
const reusePoints = DEFAULT_POINT_RULES.templateReused.points;
const forkPoints = DEFAULT_POINT_RULES.templateForked.points;

const STORY = {
  title: '議事録作成が30分から5分に',
  improved: '週次の営業会議の議事録作成',
  how: '1. 会議メモをテンプレート「議事録要約」に貼り付ける\n2. 出力を確認して固有名詞を直す',
  before: 30,
  after: 5,
  times: 8,
};
const storyHours = (() => {
  const result = hoursSavedPerMonth({
    minutesBefore: STORY.before,
    minutesAfter: STORY.after,
    occurrencesPerMonth: STORY.times,
  });
  if (!result.ok) throw new Error('invalid story numbers');
  return result.value.hoursRounded.toFixed(1);
})();

let server: AppServer;
let browser: Browser;
let templatePath = '';
let storyPath = '';

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('prompt templates and success stories', () => {
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeEach(async () => {
    context = await newContext(browser, server.url, VIEWPORTS.desktop);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterEach(async () => {
    await context?.close();
  });

  it('a staff member creates and publishes the fill-in template 「議事録要約」', async () => {
    await signIn(page, staff.email);
    await page.goto('/templates');
    await page.getByRole('heading', { name: ja.templates.library.title, exact: true }).waitFor();
    await page.getByRole('link', { name: ja.templates.library.create }).first().click();
    await page.waitForURL(/\/templates\/new$/);

    await page.getByRole('textbox', { name: ja.templates.editor.title }).fill(TITLE);
    await page.getByTestId('template-description-input').fill(DESCRIPTION);
    // A syntax error is shown live with its line and column …
    await page.getByTestId('template-body-input').fill(`${INSTRUCTION}\n{{会議メモ`);
    const syntax = page.getByTestId('template-syntax-errors');
    await syntax
      .getByText(fill(ja.templates.editor.syntaxAt, { line: 2, column: 1 }).trim())
      .waitFor();
    // … and goes away once the body is right; the placeholders are detected.
    await page.getByTestId('template-body-input').fill(BODY);
    await syntax.waitFor({ state: 'detached' });
    const detected = page.getByTestId('detected-placeholders');
    await detected.getByRole('cell', { name: '会議メモ', exact: true }).waitFor();
    await detected.getByRole('cell', { name: 'です・ます調', exact: true }).waitFor();

    await screenshotBoth(page, 'template-editor-ja');

    await page.getByTestId('template-publish').click();
    await page.waitForURL((url) => /^\/templates\/(?!new$)[^/]+$/.test(url.pathname));
    templatePath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(await page.getByTestId('template-status').count()).toBe(0);

    // The library lists it with its category, kind and tool.
    await page.goto('/templates');
    const card = page.getByTestId('template-card').filter({ hasText: DESCRIPTION });
    await card.waitFor();
    await card.getByText(ja.templates.kinds.FILL_IN).waitFor();
    await card.getByText(fill(ja.templates.stats.colleagues, { n: 0 })).waitFor();
    await screenshotBoth(page, 'templates-ja');
    expect(pageErrors).toEqual([]);
  });

  it('a manager fills the placeholder, sees the live preview and copies the prompt', async () => {
    expect(templatePath).not.toBe('');
    await signIn(page, manager.email);
    await page.goto('/templates');
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await page.waitForURL((url) => url.pathname === templatePath);

    const preview = page.getByTestId('prompt-preview');
    // Not filled in yet: the placeholder is visibly marked, the default is used.
    await preview.getByTestId('preview-missing').filter({ hasText: '【会議メモ】' }).waitFor();
    await page.getByTestId('missing-note').waitFor();
    const memo = page.getByRole('textbox', { name: '会議メモ' });
    expect(await memo.getAttribute('placeholder')).toBe('ここに会議のメモを貼り付け');
    expect(await page.getByRole('textbox', { name: '文体' }).inputValue()).toBe('です・ます調');

    await memo.fill(MEMO);
    await preview.getByTestId('preview-value').filter({ hasText: MEMO }).waitFor();
    expect(await preview.getByTestId('preview-missing').count()).toBe(0);
    expect(await preview.innerText()).toBe(FILLED);

    await page.getByTestId('copy-prompt').click();
    await page.getByText(ja.templates.use.copied).waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(FILLED);

    // The reuse is counted: one use by one colleague.
    await page
      .getByTestId('stat-reuses')
      .filter({ hasText: fill(ja.templates.stats.reuses, { n: 1 }) })
      .waitFor();
    await page
      .getByTestId('stat-colleagues')
      .filter({ hasText: fill(ja.templates.stats.colleagues, { n: 1 }) })
      .waitFor();
    await screenshotBoth(page, 'template-use-ja');

    // Forking makes the manager's own draft, crediting the original.
    await page.getByTestId('fork-template').click();
    await page.waitForURL((url) => /^\/templates\/[^/]+\/edit$/.test(url.pathname));
    await page.getByRole('heading', { name: ja.templates.editor.forkTitle, level: 1 }).waitFor();
    expect(await page.getByTestId('template-title-input').inputValue()).toBe(TITLE);
    expect(pageErrors).toEqual([]);
  });

  it('the author sees the reuse in マイポイント with the reason and the points', async () => {
    await signIn(page, staff.email);
    await page.goto('/points');
    const entry = (verb: string) =>
      page
        .getByTestId('point-history-entry')
        .filter({
          hasText: `${manager.displayName}さんがあなたのテンプレート『${TITLE}』を${verb}`,
        })
        .first();
    await entry('使いました').waitFor();
    expect(await entry('使いました').getByTestId('point-history-points').innerText()).toContain(
      `+${reusePoints}`,
    );
    expect(
      await entry('フォークしました').getByTestId('point-history-points').innerText(),
    ).toContain(`+${forkPoints}`);
    expect(pageErrors).toEqual([]);
  });

  it('a search for 議事録 finds the template', async () => {
    await signIn(page, manager.email);
    await page.goto(`/search?q=${encodeURIComponent('議事録')}`);
    // The demo content has templates with longer titles that start the same way.
    const hit = page.getByTestId('search-hit-title').filter({ hasText: new RegExp(`^${TITLE}$`) });
    await hit.waitFor();
    await hit.click();
    await page.waitForURL((url) => url.pathname === templatePath);
    expect(pageErrors).toEqual([]);
  });

  it('the staff member submits a success story that used the template', async () => {
    await signIn(page, staff.email);
    await page.goto(templatePath);
    await page.getByRole('link', { name: ja.templates.detail.writeStory }).click();
    await page.waitForURL(/\/stories\/new\?template=/);
    // The template is preselected.
    const templates = page.getByTestId('story-templates-input');
    await page.getByText(TITLE, { exact: true }).first().waitFor();

    await page.getByTestId('story-title-input').fill(STORY.title);
    await page.getByTestId('story-improved-input').fill(STORY.improved);
    await page.getByTestId('story-minutes-before').fill(String(STORY.before));
    await page.getByTestId('story-minutes-after').fill(String(STORY.after));
    await page.getByTestId('story-occurrences').fill(String(STORY.times));
    const hours = page.getByTestId('story-hours-preview');
    await hours.getByText(fill(ja.stories.form.hoursResult, { hours: storyHours })).waitFor();
    await page.getByTestId('story-how-input').fill(STORY.how);
    // Markdown preview of "how".
    await page.getByRole('tab', { name: ja.stories.form.preview }).click();
    await page.getByTestId('story-how-preview').getByRole('listitem').first().waitFor();
    await page.getByRole('tab', { name: ja.stories.form.write }).click();
    // An email address is flagged while writing …
    await page.getByLabel(ja.stories.form.qualityNote).fill('詳細は sato@example.com まで');
    await page.getByTestId('content-flags').getByText('sato@example.com').waitFor();
    expect(await templates.count()).toBeGreaterThan(0);
    await screenshotBoth(page, 'story-form-ja');

    // … and submitting asks to fix it or confirm it (the confirmation is recorded).
    await page.getByTestId('story-submit').click();
    const dialog = page.getByRole('dialog', { name: ja.templates.flags.dialogTitle });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: ja.stories.form.confirmSubmit }).click();
    await page.waitForURL((url) => /^\/stories\/(?!new$)[^/]+$/.test(url.pathname));
    storyPath = new URL(page.url()).pathname;
    await page
      .getByTestId('story-status')
      .filter({ hasText: ja.stories.status.SUBMITTED })
      .waitFor();
    await page.getByRole('link', { name: TITLE }).first().waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('the manager approves it from the review queue', async () => {
    expect(storyPath).not.toBe('');
    await signIn(page, manager.email);
    await page.goto('/stories');
    await page.getByTestId('review-tab').click();
    const card = page.getByTestId('story-card').filter({ hasText: STORY.title });
    await card.waitFor();
    await card.getByText(storyHours).waitFor();
    await screenshotBoth(page, 'review-queue-ja');

    await card.getByRole('link', { name: STORY.title }).click();
    await page.waitForURL((url) => url.pathname === storyPath);
    await page.getByTestId('story-approve').click();
    await page
      .getByTestId('story-review-comment')
      .fill('素晴らしい改善です。チームにも共有しましょう。');
    await page.getByTestId('story-review-confirm').click();
    await page
      .getByTestId('story-status')
      .filter({ hasText: ja.stories.status.APPROVED })
      .waitFor();

    // It left the queue; it is in the public list and saves time on the template.
    await page.goto('/stories?tab=review');
    await page.getByRole('tabpanel').getByText(ja.stories.list.reviewIntro).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('story-card').filter({ hasText: STORY.title }).count()).toBe(0);
    await page.goto('/stories');
    await page.getByTestId('story-card').filter({ hasText: STORY.title }).waitFor();
    await page.goto(templatePath);
    await page
      .getByTestId('stat-hours')
      .filter({ hasText: fill(ja.templates.stats.hoursPerMonth, { hours: storyHours }) })
      .waitFor();
    await page.getByTestId('story-card').filter({ hasText: STORY.title }).waitFor();
    await page.goto(storyPath);
    await page.getByTestId('story-detail-hours').waitFor();
    await screenshotBoth(page, 'story-detail-ja');
    expect(pageErrors).toEqual([]);
  });

  it('an administrator adds, renames and deletes a category; one in use cannot be deleted', async () => {
    const admin = DEMO_MEMBERS.find((member) => member.email === 'admin@example.com');
    if (!admin) throw new Error('The demo data must include admin@example.com');
    await signIn(page, admin.email);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: ja.templates.categories.title })
      .click();
    await page.waitForURL(/\/admin\/template-categories$/);
    await page.getByRole('heading', { name: ja.templates.categories.title, level: 1 }).waitFor();

    await page.getByRole('textbox', { name: ja.templates.categories.nameLabel }).fill('提案書');
    await page.getByRole('button', { name: ja.common.add, exact: true }).click();
    const row = page.getByTestId('category-row').filter({ hasText: '提案書' });
    await row.waitFor();
    await row
      .getByRole('button', { name: fill(ja.templates.categories.renameNamed, { name: '提案書' }) })
      .click();
    // The row being edited shows an input instead of the name.
    const editing = page
      .getByTestId('category-row')
      .filter({ has: page.getByRole('textbox', { name: ja.templates.categories.nameLabel }) });
    await editing.getByRole('textbox').fill('提案書作成');
    await editing.getByRole('button', { name: ja.common.save }).click();
    const renamed = page.getByTestId('category-row').filter({ hasText: '提案書作成' });
    await renamed.waitFor();
    await screenshotBoth(page, 'template-categories-ja');

    await renamed
      .getByRole('button', {
        name: fill(ja.templates.categories.deleteNamed, { name: '提案書作成' }),
      })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: ja.common.delete }).click();
    await renamed.waitFor({ state: 'detached' });

    // 議事録要約 holds the template published above.
    await page
      .getByRole('button', { name: fill(ja.templates.categories.deleteNamed, { name: TITLE }) })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: ja.common.delete }).click();
    await page.getByRole('dialog').getByText(ja.templates.fieldErrors.category.inUse).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: ja.common.cancel }).click();
    await page.getByTestId('category-row').filter({ hasText: TITLE }).waitFor();
    expect(pageErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
