import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../apps/web/src/app/i18n/locales/en.json';
import ja from '../../apps/web/src/app/i18n/locales/ja.json';
import {
  DEMO_MEMBERS,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
} from '../../apps/api/src/modules/demo/demo-organization.data';
import { type AppServer, startAppServer } from '../support/app-server';
import {
  VIEWPORTS,
  collectPageErrors,
  launchBrowser,
  newContext,
  screenshot,
} from '../support/browser';

// One journey per viewport: a staff member on a phone, an administrator on a desktop.
// Texts come from the app's own translation files, so a wording change doesn't break the test.

const staff = DEMO_MEMBERS.find((member) => member.email === 'staff@example.com');
const admin = DEMO_MEMBERS.find((member) => member.email === 'admin@example.com');
if (!staff || !admin)
  throw new Error('The demo data must include staff@example.com and admin@example.com');

const NAV_KEYS = [
  'home',
  'knowledge',
  'templates',
  'stories',
  'leaderboard',
  'challenges',
] as const;

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

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel(ja.auth.email).fill(email);
  await page.getByRole('textbox', { name: ja.auth.password, exact: true }).fill(password);
  await page.getByRole('button', { name: ja.auth.submit, exact: true }).click();
}

function navigation(page: Page) {
  return page.getByRole('navigation');
}

async function switchLanguage(page: Page, switchLabel: string, target: string) {
  await page.getByRole('button', { name: new RegExp(switchLabel) }).click();
  await page.getByRole('menuitem', { name: target }).click();
}

describe('sign-in and app shell', () => {
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  afterEach(async () => {
    await context?.close();
  });

  it('a staff member signs in on a phone, uses the burger menu, switches language and signs out', async () => {
    context = await newContext(browser, server.url, VIEWPORTS.phone);
    page = await context.newPage();
    pageErrors = collectPageErrors(page);

    // Signed out: / goes to the Japanese sign-in page.
    await page.goto('/');
    await page.waitForURL(/\/login$/);
    await page.getByRole('heading', { name: ja.auth.title, exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await screenshot(page, 'login-ja-phone');

    // A wrong password gets the generic message (no hint which part was wrong).
    await signIn(page, staff.email, 'wrong-password-123');
    const error = page.getByRole('alert').filter({ hasText: ja.auth.invalidCredentials });
    await error.waitFor();
    await screenshot(page, 'login-error-ja-phone');

    // Correct password: home greets the member by name and shows the organization.
    await page.getByRole('textbox', { name: ja.auth.password, exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: ja.auth.submit, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page
      .getByRole('heading', { name: ja.home.welcome.replace('{{name}}', staff.displayName) })
      .waitFor();
    await page.getByText(DEMO_ORGANIZATION.name).first().waitFor();
    await screenshot(page, 'home-ja-phone');

    // The navbar is behind the burger on a phone.
    await page.getByRole('button', { name: ja.nav.openMenu }).click();
    const nav = navigation(page);
    for (const key of NAV_KEYS) {
      await nav.getByRole('link', { name: ja.nav[key], exact: true }).waitFor();
    }
    expect(await nav.getByRole('link', { name: ja.nav.admin, exact: true }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: ja.nav.hr, exact: true }).count()).toBe(0);
    await screenshot(page, 'nav-open-ja-phone');

    // The ranking opens from the menu on a phone.
    await nav.getByRole('link', { name: ja.nav.leaderboard, exact: true }).click();
    await page.waitForURL(/\/leaderboard$/);
    await page.getByRole('heading', { name: ja.leaderboard.title, exact: true }).waitFor();
    await screenshot(page, 'leaderboard-ja-phone');

    // My profile: details, language preference and the password form with its policy hint.
    await page.getByRole('button', { name: ja.header.userMenu }).click();
    await page.getByRole('menuitem', { name: ja.header.profile }).click();
    await page.getByRole('heading', { name: ja.profile.title, exact: true }).waitFor();
    await page.getByText(staff.email).waitFor();
    await page.getByText(ja.password.policy).waitFor();
    await screenshot(page, 'profile-ja-phone');

    // Admin and HR pages are refused with a friendly 403, not a blank screen.
    await page.goto('/admin/members');
    await page.getByRole('heading', { name: ja.guard.forbiddenTitle }).waitFor();
    await screenshot(page, 'forbidden-ja-phone');
    await page.goto('/hr');
    await page.getByText(ja.guard.forbiddenHr).waitFor();

    // English: the whole UI switches, and the choice is saved on the member (survives a reload).
    await page.goto('/');
    await page
      .getByRole('heading', { name: ja.home.welcome.replace('{{name}}', staff.displayName) })
      .waitFor();
    await switchLanguage(page, ja.language.switch, en.language.en);
    await page
      .getByRole('heading', { name: en.home.welcome.replace('{{name}}', staff.displayName) })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page
      .getByRole('heading', { name: en.home.welcome.replace('{{name}}', staff.displayName) })
      .waitFor();
    await page.getByRole('button', { name: en.nav.openMenu }).click();
    for (const key of NAV_KEYS) {
      await navigation(page).getByRole('link', { name: en.nav[key], exact: true }).waitFor();
    }
    await screenshot(page, 'nav-open-en-phone');
    await page.getByRole('button', { name: en.nav.closeMenu }).click();

    // Back to Japanese, then sign out from the user menu.
    await switchLanguage(page, en.language.switch, ja.language.ja);
    await page
      .getByRole('heading', { name: ja.home.welcome.replace('{{name}}', staff.displayName) })
      .waitFor();
    await page.getByRole('button', { name: ja.header.userMenu }).click();
    await page.getByRole('menuitem', { name: ja.header.signOut }).click();
    await page.waitForURL(/\/login/);
    await page.getByRole('heading', { name: ja.auth.title, exact: true }).waitFor();

    // Signed out for real: protected pages send us back to sign-in.
    await page.goto('/profile');
    await page.waitForURL(/\/login\?next=%2Fprofile$/);

    expect(pageErrors.filter((message) => !isExpectedConsoleError(message))).toEqual([]);
  });

  it('an administrator manages members and imports a CSV on a desktop', async () => {
    context = await newContext(browser, server.url, VIEWPORTS.desktop);
    page = await context.newPage();
    pageErrors = collectPageErrors(page);

    // Asking for an admin page while signed out comes back to it after signing in.
    await page.goto('/admin/members');
    await page.waitForURL(/\/login\?next=%2Fadmin%2Fmembers$/);
    await page.getByRole('heading', { name: ja.auth.title, exact: true }).waitFor();
    await screenshot(page, 'login-ja');
    await signIn(page, admin.email, DEMO_PASSWORD);
    await page.waitForURL(/\/admin\/members$/);
    await page.getByRole('heading', { name: ja.members.title }).waitFor();

    // Home on a desktop: navbar visible with the admin entry, no burger needed.
    await navigation(page).getByRole('link', { name: ja.nav.home, exact: true }).click();
    await page
      .getByRole('heading', { name: ja.home.welcome.replace('{{name}}', admin.displayName) })
      .waitFor();
    await navigation(page).getByRole('link', { name: ja.nav.admin, exact: true }).waitFor();
    await navigation(page).getByRole('link', { name: ja.nav.hr, exact: true }).waitFor();
    await screenshot(page, 'home-ja');

    // Member list: the demo members are there, sorted by reading on the server.
    await navigation(page).getByRole('link', { name: ja.nav.adminMembers, exact: true }).click();
    await page.waitForURL(/\/admin\/members$/);
    const table = page.getByTestId('member-table');
    await table.getByText('staff@example.com').waitFor();
    await table.getByText('manager@example.com').waitFor();
    expect(await page.getByTestId('member-row').count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'members-ja');

    // Search narrows the list on the server.
    await page.getByLabel(ja.members.search, { exact: true }).fill('staff@example.com');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="member-row"]').length === 1,
    );
    await page.getByLabel(ja.members.search, { exact: true }).fill('');

    // Create a member: the temporary password is shown once.
    await page.getByRole('button', { name: ja.members.add }).click();
    const dialog = page.getByRole('dialog', { name: ja.members.createTitle });
    await dialog.getByLabel(ja.members.email).fill('e2e.new.member@example.com');
    await dialog.getByLabel(ja.members.displayName).first().fill('試験 花子');
    await dialog.getByLabel(ja.members.nameReading).fill('シケン ハナコ');
    await dialog.getByLabel(ja.members.employeeNumber).fill('E2E0001');
    await screenshot(page, 'member-create-ja', { fullPage: false });
    await dialog.getByRole('button', { name: ja.members.create }).click();
    const password = page.getByTestId('temporary-password');
    await password.waitFor();
    expect(((await password.textContent()) ?? '').trim().length).toBeGreaterThanOrEqual(12);
    await page.getByText(ja.members.temporaryPasswordWarning).waitFor();
    await screenshot(page, 'member-temporary-password-ja', { fullPage: false });
    await page.getByRole('button', { name: ja.members.temporaryPasswordAck }).click();
    await table.getByText('e2e.new.member@example.com').waitFor();

    // CSV import: the dry run lists the bad row; after fixing the file the import succeeds.
    await navigation(page).getByRole('link', { name: ja.nav.adminImport, exact: true }).click();
    await page.getByRole('heading', { name: ja.import.title, exact: true }).waitFor();
    const header = '社員番号,氏名,フリガナ,メールアドレス,部署,チーム,ロール,入社日,在籍';
    const goodRow =
      'E2E1001,取込 一郎,トリコミ イチロウ,e2e.import.one@example.com,営業部,E2E取込チーム,社員,2024-04-01,在籍';
    const badRow = 'E2E1002,取込 二郎,トリコミ ジロウ,not-an-email,営業部,,社員,2024/4/1,在籍';
    const fixedRow =
      'E2E1002,取込 二郎,トリコミ ジロウ,e2e.import.two@example.com,営業部,,社員,2024/4/1,在籍';
    const csv = (rows: string[]) =>
      Buffer.from(`\uFEFF${[header, ...rows].join('\r\n')}\r\n`, 'utf8');

    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles({
      name: 'members-bad.csv',
      mimeType: 'text/csv',
      buffer: csv([goodRow, badRow]),
    });
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const badCells = errors.getByRole('row').filter({ hasText: 'メールアドレス' });
    expect(await badCells.count()).toBeGreaterThanOrEqual(1);
    await badCells.first().getByRole('cell', { name: '3', exact: true }).waitFor();
    const run = page.getByRole('button', { name: ja.import.run });
    expect(await run.isDisabled()).toBe(true);
    await screenshot(page, 'import-errors-ja');

    await fileInput.setInputFiles({
      name: 'members-fixed.csv',
      mimeType: 'text/csv',
      buffer: csv([goodRow, fixedRow]),
    });
    await page.getByText(ja.import.noErrors).waitFor();
    expect(await page.getByTestId('import-total-rows').textContent()).toBe('2');
    expect(await page.getByTestId('import-created').textContent()).toBe('2');
    await screenshot(page, 'import-preview-ja');
    await run.click();
    await page.getByTestId('import-success').getByText(ja.import.successTitle).waitFor();
    await screenshot(page, 'import-success-ja');

    // The imported members are in the list.
    await navigation(page).getByRole('link', { name: ja.nav.adminMembers, exact: true }).click();
    await page.getByLabel(ja.members.search, { exact: true }).fill('e2e.import');
    await table.getByText('e2e.import.two@example.com').waitFor();
    await table.getByText('e2e.import.one@example.com').waitFor();

    // The other admin screens render with the demo organization's data.
    await navigation(page).getByRole('link', { name: ja.nav.adminStructure, exact: true }).click();
    await page.getByRole('heading', { name: ja.structure.title, exact: true }).waitFor();
    await page.getByTestId('department-row').filter({ hasText: '営業部' }).first().waitFor();
    await page.getByTestId('team-row').filter({ hasText: 'E2E取込チーム' }).waitFor();
    await screenshot(page, 'structure-ja');
    await navigation(page)
      .getByRole('link', { name: ja.nav.adminOrganization, exact: true })
      .click();
    await page.getByRole('heading', { name: ja.organization.title, exact: true }).waitFor();
    expect(await page.getByLabel(ja.organization.name).inputValue()).toBe(DEMO_ORGANIZATION.name);
    await screenshot(page, 'organization-ja');
    await navigation(page).getByRole('link', { name: ja.nav.admin, exact: true }).click();
    await page.getByRole('heading', { name: ja.admin.title, exact: true }).waitFor();
    await screenshot(page, 'admin-home-ja');
    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: ja.guard.notFoundTitle }).waitFor();

    expect(pageErrors.filter((message) => !isExpectedConsoleError(message))).toEqual([]);
  });
});

/** The browser logs failed HTTP requests (4xx GraphQL answers, e.g. the wrong password). */
function isExpectedConsoleError(message: string): boolean {
  return /Failed to load resource: the server responded with a status of 4\d\d/.test(message);
}
