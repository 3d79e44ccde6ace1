import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/**
 * Debian's Chromium, headless; the flags keep it off this machine's closed network. The hub's Content
 * Security Policy is in force on every page: Chromium reports each thing it blocks as a console error,
 * and closing the browser fails (so does the test or its file) if any page of it ran into one.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update'],
  });
  const violations: string[] = [];
  // browser.newPage() makes its context through newContext() too, so every page is watched.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    const csp = /Content Security Policy/i;
    context.on('console', (message) => {
      if (message.type() === 'error' && csp.test(message.text())) {
        violations.push(`${message.location().url || message.page()?.url() || '?'}: ${message.text()}`);
      }
    });
    // A blocked eval is not logged but thrown; caught (as zod does when it probes for eval) it is
    // harmless, uncaught it is a broken page.
    context.on('weberror', (error) => {
      if (csp.test(error.error().message))
        violations.push(`${error.page()?.url() ?? '?'}: ${error.error().message}`);
    });
    return context;
  };
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    await close(options);
    if (violations.length > 0) {
      throw new Error(`The pages broke the Content Security Policy:\n${violations.join('\n')}`);
    }
  };
  return browser;
}

export const viewports = {
  kiosk: { width: 1080, height: 1920 },
  tv: { width: 1920, height: 1080 },
  counter: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

/** Saves a screenshot under test-results/screenshots so a person can look at what the test saw. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = join(process.cwd(), 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** The admin page at the size of an office PC, signed in with the test hub's admin secret. */
export async function openAdmin(browser: Browser, url: string, secret: string): Promise<Page> {
  const page = await browser.newPage({ viewport: viewports.counter });
  await page.goto(`${url}/admin/`);
  await page.getByLabel('Admin-Schlüssel').fill(secret);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  return page;
}

/** The kiosk page at its portrait size, ready: the errands are on screen. */
export async function openKiosk(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: viewports.kiosk });
  await page.goto(`${url}/kiosk/`);
  await page.getByRole('heading', { name: 'Bitte wählen Sie Ihr Anliegen' }).waitFor();
  return page;
}
