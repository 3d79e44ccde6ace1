import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

let office: TestHub;
let browser: Browser;
let followToken = '';

beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
  const kiosk = await connect(office.url, { demo: 'kiosk' });
  const counter = await connect(office.url, { demo: 'counter' });
  for (const errandId of ['ausweis', 'melde', 'ausweis']) {
    const reply = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
    if (reply.ok) followToken = reply.value.followToken;
  }
  await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-1' });
  kiosk.close();
  counter.close();
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

/** Signs in to the admin page (any language: found by type, not by text) and waits for the tab. */
const adminReady =
  (tab: 'live' | 'saved' | 'log') =>
  async (page: Page): Promise<void> => {
    await page.locator('input[type="password"]').fill(ADMIN_SECRET);
    await page.locator('button[type="submit"]').click();
    if (tab === 'live') return page.locator('.live__places').waitFor();
    if (tab === 'log') return page.locator('.audit-list').waitFor();
    // A save: its success message must be readable too.
    await page.locator('.setup-save__name input').fill('Barrierefreiheit');
    await page.locator('.setup-save .button--primary').click();
    await page.locator('.notice--ok').waitFor();
  };

async function open(
  path: string,
  viewport: { width: number; height: number },
  ready: (page: Page) => Promise<unknown>,
) {
  const page = await browser.newPage({ viewport });
  await page.goto(`${office.url}${path}`);
  await ready(page);
  return page;
}

describe('accessibility (axe-core, WCAG 2.1 A/AA): no serious or critical violation', () => {
  const pages: [string, string, { width: number; height: number }, (page: Page) => Promise<unknown>][] = [
    [
      'kiosk start',
      '/kiosk/',
      viewports.kiosk,
      (p) => p.getByRole('button', { name: /Führerschein/ }).waitFor(),
    ],
    [
      'kiosk ticket',
      '/kiosk/',
      viewports.kiosk,
      async (p) => {
        await p.getByRole('button', { name: /Gewerbe/ }).click();
        await p.getByRole('button', { name: /Fertig/ }).waitFor();
      },
    ],
    [
      'counter',
      '/counter/?platz=platz-1',
      viewports.counter,
      (p) => p.getByRole('button', { name: /^Erledigt/ }).waitFor(),
    ],
    [
      'display',
      '/display/',
      viewports.tv,
      (p) => p.getByRole('region', { name: 'Aktueller Aufruf' }).waitFor(),
    ],
    // The same pages in Arabic: right to left, another script, longer words.
    [
      'kiosk start in Arabic',
      '/kiosk/?lang=ar',
      viewports.kiosk,
      (p) => p.getByRole('heading', { name: 'يرجى اختيار نوع معاملتك' }).waitFor(),
    ],
    [
      'counter in Arabic',
      '/counter/?platz=platz-1&lang=ar',
      viewports.counter,
      (p) => p.getByRole('button', { name: /^تم/ }).waitFor(),
    ],
    [
      'display in Arabic',
      '/display/?lang=ar',
      viewports.tv,
      (p) => p.getByRole('region', { name: 'النداء الحالي' }).waitFor(),
    ],
    // The admin page: live view, setup after a save, change log; German and Arabic.
    ['admin live view', '/admin/#jetzt', viewports.counter, adminReady('live')],
    ['admin setup saved', '/admin/#einrichtung', viewports.counter, adminReady('saved')],
    ['admin change log', '/admin/#protokoll', viewports.counter, adminReady('log')],
    ['admin live view in Arabic', '/admin/?lang=ar#jetzt', viewports.counter, adminReady('live')],
    ['admin setup saved in Arabic', '/admin/?lang=ar#einrichtung', viewports.counter, adminReady('saved')],
    ['admin change log in Arabic', '/admin/?lang=ar#protokoll', viewports.counter, adminReady('log')],
  ];
  for (const [name, path, viewport, ready] of pages) {
    it(name, async () => {
      const page = await open(path, viewport, ready);
      if (path.includes('lang=ar')) {
        expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
        await shot(page, `a11y-${name.replace(/\s+/g, '-')}`);
      }
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('the check itself finds violations (control)', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<html lang="de"><body><main><img src="x.png"><button></button></main></body></html>',
    );
    expect((await seriousViolations(page)).map((v) => v.id)).toEqual(
      expect.arrayContaining(['button-name', 'image-alt']),
    );
    await page.close();
  });

  it('follow page', async () => {
    const settled = (p: Page) => p.locator('html[data-screen]:not([data-screen="connecting"])').waitFor();
    const page = await open(`/t/${followToken}`, viewports.phone, settled);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('follow page in Arabic', async () => {
    const settled = (p: Page) => p.locator('html[data-screen]:not([data-screen="connecting"])').waitFor();
    const page = await open(`/t/${followToken}?lang=ar`, viewports.phone, settled);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await shot(page, 'a11y-follow-in-Arabic');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
