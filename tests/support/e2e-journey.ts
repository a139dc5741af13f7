import type { Page } from 'playwright-core';
import ja from '../../apps/web/src/app/i18n/locales/ja.json';
import {
  DEMO_MEMBERS,
  DEMO_PASSWORD,
} from '../../apps/api/src/modules/demo/demo-organization.data';
import { VIEWPORTS, screenshot } from './browser';

// Steps every browser journey shares. Texts come from the app's translation files, so a
// wording change does not break the tests.

/** Fills i18next-style {{placeholders}} the way the app does. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/{{(\w+)}}/g, (_, name: string) => String(values[name]));

/** A member of the demo organization, by email; throws when the demo data lacks it. */
export function demoMember(email: string): (typeof DEMO_MEMBERS)[number] {
  const member = DEMO_MEMBERS.find((m) => m.email === email);
  if (!member) throw new Error(`The demo data must include ${email}`);
  return member;
}

/** Signs in through the login page (Japanese UI) and waits for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(ja.auth.email).fill(email);
  await page.getByRole('textbox', { name: ja.auth.password, exact: true }).fill(password);
  await page.getByRole('button', { name: ja.auth.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/**
 * The whole page as a tall window shows it: fixed and sticky parts (navbar, save bar) where
 * they really end up, no hover or focus left over from the test.
 */
export async function screenshotFromTop(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? VIEWPORTS.desktop;
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await screenshot(page, name, { fullPage: false });
  await page.setViewportSize(viewport);
}

/** The desktop picture, then the same page at phone width. */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  await screenshotFromTop(page, name);
  await page.setViewportSize(VIEWPORTS.phone);
  await page.waitForTimeout(300);
  await screenshotFromTop(page, `${name}-phone`);
  await page.setViewportSize(VIEWPORTS.desktop);
}
