import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(__dirname, '../artifacts/screenshots');

/**
 * Debian's Chromium through playwright-core (never a downloaded browser). The networking flags
 * keep it from calling home on a closed network.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const VIEWPORTS = {
  phone: { width: 375, height: 812 },
  desktop: { width: 1280, height: 800 },
} as const;

/** A fresh context (own cookies and localStorage) with a Japanese browser locale. */
export async function newContext(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    deviceScaleFactor: 1,
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * PNG at tests/artifacts/screenshots/<name>.png (gitignored): the whole page by default, the
 * viewport only with `fullPage: false` (for dialogs, whose backdrop covers only the viewport).
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Let transitions (menus, modals) settle so the picture shows the final state.
  await page.waitForTimeout(350);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}

/** Console errors and failed requests, so a broken page fails with a useful message. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
