import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import ja from '../../apps/web/src/app/i18n/locales/ja.json';
import { type AppServer, startAppServer } from '../support/app-server';
import { VIEWPORTS, collectPageErrors, launchBrowser, newContext } from '../support/browser';
import { demoMember, fill, screenshotFromTop, signIn } from '../support/e2e-journey';
import { GraphQLClient } from '../support/graphql-client';

// 人事 (periods, export with preview, lock), my contribution report, and the 分析 dashboard,
// on the demo organization. Texts come from the app's translation files.

const hr = demoMember('hr@example.com');
const staff = demoMember('staff@example.com');
const manager = demoMember('manager@example.com');
const BOM = [0xef, 0xbb, 0xbf];

let server: AppServer;
let browser: Browser;

type Preset = { key: string; name: string; firstDay: string; lastDay: string };

/** A Mantine Select's input by its label (a combobox, or a textbox in older builds). */
function selectInput(scope: Page | Locator, label: string): Locator {
  return scope
    .getByRole('combobox', { name: label, exact: true })
    .or(scope.getByRole('textbox', { name: label, exact: true }))
    .first();
}

/** Tokyo's today as YYYY-MM-DD (the demo organization's time zone). */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());

async function signedInApi(email: string): Promise<GraphQLClient> {
  const api = new GraphQLClient(server.url);
  await api.login(email, 'chienowa-demo');
  return api;
}

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('hr', () => {
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

  it('HR creates the current half from a preset, previews and downloads the CSV, and locks it', async () => {
    // The half that contains today, as the API offers it.
    const api = await signedInApi(hr.email);
    const { evaluationPeriods } = await api.ok<{
      evaluationPeriods: { availablePresets: Preset[] };
    }>(`query { evaluationPeriods { availablePresets { key name firstDay lastDay } } }`);
    const day = today();
    const half = evaluationPeriods.availablePresets.find(
      (preset) => /H[12]$/.test(preset.key) && preset.firstDay <= day && day <= preset.lastDay,
    );
    if (!half) throw new Error(`No half-year preset contains ${day}`);

    await signIn(page, hr.email);
    await page.getByRole('link', { name: ja.nav.hr, exact: true }).click();
    await page.waitForURL(/\/hr$/);
    await page.getByRole('heading', { name: ja.hr.title, exact: true }).waitFor();

    // 評価期間: create from the preset.
    await selectInput(page, ja.hr.periods.preset).click();
    await page.getByRole('option', { name: new RegExp(`^${half.name}`) }).click();
    await page.getByRole('button', { name: ja.hr.periods.create, exact: true }).click();
    const row = page.getByTestId('evaluation-period-row').filter({ hasText: half.name });
    await row.getByText(ja.hr.periods.open, { exact: true }).waitFor();

    // エクスポート: preview the first rows of the CSV, then download that file.
    await page.getByRole('tab', { name: ja.hr.tabs.export }).click();
    await selectInput(page, ja.hr.export.period).click();
    await page.getByRole('option', { name: half.name, exact: true }).click();
    await page.getByRole('button', { name: ja.hr.export.preview, exact: true }).click();
    const preview = page.getByTestId('export-preview-table');
    await preview.waitFor();
    expect(await preview.locator('thead').textContent()).toContain('氏名');
    expect(await preview.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await preview.locator('tbody tr').count()).toBeLessThanOrEqual(10);
    await screenshotFromTop(page, 'hr-export-preview');

    const [download] = (await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: ja.hr.export.download, exact: true }).click(),
    ])) as [Download, unknown];
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain(staff.displayName);
    expect(text).toContain('\r\n');

    // 監査ログ: the export is there, granted, with its hash.
    await page.getByRole('tab', { name: ja.hr.tabs.audit }).click();
    const entry = page.getByTestId('export-audit-entry').first();
    await entry.getByText(ja.hr.audit.granted, { exact: true }).waitFor();
    expect(await entry.textContent()).toContain(half.name);

    // Lock, after a confirmation that explains reproducibility.
    await page.getByRole('tab', { name: ja.hr.tabs.periods }).click();
    await row.getByRole('button', { name: ja.hr.periods.lock, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(ja.hr.periods.lockMessage).waitFor();
    await dialog.getByRole('button', { name: ja.hr.periods.lockConfirm, exact: true }).click();
    await row.getByText(ja.hr.periods.locked, { exact: true }).waitFor();
    await dialog.waitFor({ state: 'detached' });

    expect(pageErrors).toEqual([]);
  });

  it('a staff member is refused at /hr and sees their own report on the profile', async () => {
    // A period that surely exists, whatever ran before (a custom range: presets stay free).
    const hrApi = await signedInApi(hr.email);
    const day = today();
    const period = await hrApi.ok<{ createEvaluationPeriod: { id: string; name: string } }>(
      `mutation Create($input: CreateEvaluationPeriodInput!) {
        createEvaluationPeriod(input: $input) { id name }
      }`,
      { input: { name: 'E2E 本人確認', firstDay: `${day.slice(0, 4)}-01-01`, lastDay: day } },
    );
    const staffApi = await signedInApi(staff.email);
    const mine = await staffApi.ok<{ myContributionReport: { row: { totalPoints: number } } }>(
      `query Mine($id: ID!) { myContributionReport(periodId: $id) { row { totalPoints } } }`,
      { id: period.createEvaluationPeriod.id },
    );

    await signIn(page, staff.email);
    await page.goto('/hr');
    await page.getByTestId('forbidden').waitFor();
    await page.getByText(ja.guard.forbiddenHr).waitFor();
    expect(await page.getByRole('link', { name: ja.nav.hr, exact: true }).count()).toBe(0);

    await page.goto('/profile');
    const card = page.getByTestId('my-contribution-report');
    await card.getByRole('heading', { name: ja.myReport.title }).waitFor();
    await selectInput(card, ja.myReport.period).click();
    await page
      .getByRole('option', { name: period.createEvaluationPeriod.name, exact: true })
      .click();
    const total = card.getByTestId('my-report-total');
    await total.waitFor();
    expect(await total.textContent()).toBe(
      `${new Intl.NumberFormat('ja').format(mine.myContributionReport.row.totalPoints)}pt`,
    );
    await card.getByTestId('my-report-categories').waitFor();
    await page.getByTestId('my-appeals').getByText(ja.appeals.myTitle).first().waitFor();

    expect(pageErrors).toEqual([]);
  });

  it('a manager opens the analytics dashboard: charts render and a chart downloads as CSV', async () => {
    await signIn(page, manager.email);
    await page.getByRole('link', { name: ja.nav.analytics, exact: true }).click();
    await page.waitForURL(/\/analytics$/);
    await page.getByRole('heading', { name: ja.analytics.title, exact: true }).waitFor();
    await page.getByTestId('analytics-active-rate').waitFor();
    for (const chart of ['active_rate', 'weekly_trend', 'contributions', 'hours_saved']) {
      await page.getByTestId(`chart-${chart}`).locator('svg.recharts-surface').first().waitFor();
    }
    await page.getByTestId('department-comparison').waitFor();
    await screenshotFromTop(page, 'analytics-manager');

    const title = ja.analytics.charts.activeRate;
    const [download] = (await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: fill(ja.analytics.csvFor, { chart: title }) }).click(),
    ])) as [Download, unknown];
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);

    expect(pageErrors).toEqual([]);
  });

  it('a member disputes a points entry, HR compensates it, and the member sees the timeline', async () => {
    const reason = 'E2E: 閲覧のポイントが二重に見えます';
    const answer = 'E2E: 確認のうえ補正しました';
    await signIn(page, staff.email);
    await page.goto('/points');
    const entry = page.getByTestId('point-history-entry').first();
    await entry.getByRole('button', { name: ja.appeals.disputeAction }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: ja.appeals.reason }).fill(reason);
    await dialog.getByRole('button', { name: ja.appeals.submit, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(ja.appeals.submitted).waitFor();

    const hrContext = await newContext(browser, server.url, VIEWPORTS.desktop);
    const hrPage = await hrContext.newPage();
    const hrErrors = collectPageErrors(hrPage);
    await signIn(hrPage, hr.email);
    await hrPage.goto('/hr?tab=appeals');
    const card = hrPage.getByTestId('appeal-card').filter({ hasText: reason });
    await card.getByText(staff.displayName, { exact: true }).waitFor();
    await card.getByRole('button', { name: ja.appeals.resolve, exact: true }).click();
    const resolveDialog = hrPage.getByRole('dialog');
    await resolveDialog.getByRole('radio', { name: ja.appeals.decisions.COMPENSATE }).check();
    await resolveDialog.getByRole('textbox', { name: ja.appeals.points }).fill('5');
    await resolveDialog.getByRole('textbox', { name: ja.appeals.resolutionReason }).fill(answer);
    await resolveDialog.getByRole('button', { name: ja.appeals.resolve, exact: true }).click();
    await resolveDialog.waitFor({ state: 'detached' });
    expect(hrErrors).toEqual([]);
    await hrContext.close();

    await page.goto('/profile');
    const mine = page
      .getByTestId('my-appeals')
      .getByTestId('appeal-card')
      .filter({ hasText: reason });
    await mine.getByText(ja.appeals.statuses.RESOLVED, { exact: true }).waitFor();
    const timeline = mine.getByTestId('appeal-timeline');
    await timeline.getByText(answer).waitFor();
    expect(await timeline.textContent()).toContain(ja.appeals.outcomes.COMPENSATED);

    expect(pageErrors).toEqual([]);
  });
});
