import { forecast, stateFromPlain } from '@aufruf/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { officeSnapshot } from '../support/kiosk-page.ts';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

let office: TestHub;
let browser: Browser;

beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${office.url}${path}`);
  // Marks this document: if the page reloads, the mark is gone.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  return page;
}

const sameDocument = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

describe('kiosk, counter and display together in Chromium', () => {
  it('a ticket drawn at the kiosk and called at Platz 2 appears on the display without a reload', async () => {
    const kiosk = await open('/kiosk/', viewports.kiosk);
    const counter = await open('/counter/?platz=platz-2', viewports.counter);
    const display = await open('/display/', viewports.tv);

    await kiosk.getByRole('button', { name: /Führerschein/ }).click();
    await expect
      .poll(() =>
        kiosk
          .getByText(/F\s1\b/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() =>
        kiosk
          .getByText(/Vor Ihnen: 0/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await shot(kiosk, 'kiosk-ticket');

    await counter.getByRole('button', { name: /^Nächste Nummer/ }).click();
    await expect
      .poll(() =>
        counter
          .getByText(/F\s1\b/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await shot(counter, 'counter-serving');

    const current = display.getByRole('region', { name: 'Aktueller Aufruf' });
    await expect.poll(() => current.textContent(), { timeout: 5000 }).toMatch(/F\s1\b/);
    expect(await current.textContent()).toContain('Platz 2');
    await shot(display, 'display-call');

    for (const page of [kiosk, counter, display]) expect(await sameDocument(page)).toBe(true);
    await Promise.all([kiosk.close(), counter.close(), display.close()]);
  });

  it('the kiosk shows per errand how many are ahead of a new ticket and how long it would wait', async () => {
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    for (let i = 0; i < 6; i++)
      await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' });
    kiosk.close();
    const page = await open('/kiosk/', viewports.kiosk);
    const tile = page.getByRole('button', { name: /Meldeangelegenheiten/ });
    // The figure the hub's one forecast gives a new "Melde" ticket: the six and anyone still ahead of them.
    const { state, office: setup, history, serverTime } = await officeSnapshot(office.url);
    const ahead = forecast(stateFromPlain(state), setup, history, serverTime).newTicket['melde']?.ahead ?? -1;
    expect(ahead).toBeGreaterThanOrEqual(6);
    await expect.poll(() => tile.textContent()).toMatch(new RegExp(`Vor Ihnen:\\s*${ahead}(?!\\d)`));
    const text = (await tile.textContent()) ?? '';
    expect(text, text).toMatch(/(ca\. \d+–\d+|unter \d+) Minuten/);
    await shot(page, 'kiosk-start-with-queue');
    await page.getByRole('button', { name: /Meldeangelegenheiten/ }).click();
    // On the screen and on the picture of the paper, in the same words.
    await expect
      .poll(() => page.getByText(/^Geschätzte Wartezeit: (ca\. \d+–\d+|unter \d+) Minuten$/).count())
      .toBe(2);
    await shot(page, 'kiosk-ticket-with-estimate');
    await page.close();
  });

  it('the kiosk returns to its start screen by itself', async () => {
    const kiosk = await open('/kiosk/', viewports.kiosk);
    await kiosk.getByRole('button', { name: /Gewerbe/ }).click();
    await expect
      .poll(() =>
        kiosk
          .getByText(/G\s1\b/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await kiosk.getByRole('button', { name: /Fertig/ }).click();
    await expect.poll(() => kiosk.getByRole('button', { name: /Gewerbe/ }).isVisible()).toBe(true);
    await kiosk.close();
  });

  it('display, kiosk and counter say clearly when they have lost the hub, and recover by themselves', async () => {
    const display = await open('/display/', viewports.tv);
    const kiosk = await open('/kiosk/', viewports.kiosk);
    const counter = await open('/counter/?platz=platz-3', viewports.counter);
    await expect.poll(() => display.getByRole('region', { name: 'Aktueller Aufruf' }).isVisible()).toBe(true);
    await expect.poll(() => counter.getByRole('button', { name: /Nächste Nummer/ }).isVisible()).toBe(true);
    const banner = display.getByRole('alert').filter({ hasText: 'Verbindung zum Server unterbrochen' });
    const kioskNotice = kiosk.getByText('Nummernausgabe kurz unterbrochen');
    const counterBanner = counter
      .getByRole('alert')
      .filter({ hasText: 'die Liste zeigt den letzten Stand, nur zum Lesen' });
    office = await office.restart(async () => {
      await expect.poll(() => banner.count(), { timeout: 10_000 }).toBe(1);
      await expect.poll(() => kioskNotice.isVisible()).toBe(true);
      expect(await kiosk.getByRole('button', { name: /Gewerbe/ }).isDisabled()).toBe(true);
      // The counter keeps its list to read, and no button acts on a picture that may be old.
      await expect.poll(() => counterBanner.isVisible()).toBe(true);
      expect(await counter.getByRole('heading', { name: 'Warteschlange' }).isVisible()).toBe(true);
      expect(await counter.getByRole('button', { name: /Nächste Nummer/ }).isDisabled()).toBe(true);
      await shot(display, 'display-offline');
      await shot(kiosk, 'kiosk-offline');
      await shot(counter, 'counter-offline');
    });
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => kioskNotice.count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => counterBanner.count(), { timeout: 15_000 }).toBe(0);
    expect(await sameDocument(display)).toBe(true);
    await Promise.all([display.close(), kiosk.close(), counter.close()]);
  });
});
