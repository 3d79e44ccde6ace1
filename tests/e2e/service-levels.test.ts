import type { Clock } from '@aufruf/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openAdmin, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// Issue 13: "when waits go out of bounds". Each errand's longest wait is a traffic light on every
// counter and on the admin page: amber after 30, red after 60 minutes (the defaults), with the number
// that waits longest. The hub's clock is moved on between the draws; the pages open afterwards.

const MINUTE = 60_000;
let skew = 0;
const clock: Clock = { now: () => Date.now() + skew };

let office: TestHub;
let browser: Browser;
let kiosk: TestSocket;

beforeAll(async () => {
  office = await startTestHub({ clock });
  browser = await launchBrowser();
  kiosk = await connect(office.url, { demo: 'kiosk' });
});
afterAll(async () => {
  kiosk?.close();
  await browser?.close();
  await office?.stop();
});

async function draw(errandId: string): Promise<void> {
  const reply = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
  expect(reply.ok).toBe(true);
}

describe('service level lights', () => {
  it('show amber and red with the longest-waiting number, on the admin page and every counter', async () => {
    await draw('ausweis');
    skew += 26 * MINUTE;
    await draw('melde');
    await draw('gewerbe');
    skew += 35 * MINUTE;
    await draw('gewerbe');
    // Now A 1 has waited 61 minutes (red), M 1 and G 1 35 (amber), G 2 nothing.

    const admin = await openAdmin(browser, office.url, ADMIN_SECRET);
    const waiting = admin.getByRole('region', { name: 'Wartend je Anliegen' });
    const row = (name: RegExp) => waiting.getByRole('row', { name });
    await expect
      .poll(
        () =>
          row(/Personalausweis/)
            .getByRole('img')
            .getAttribute('aria-label'),
        { timeout: 10_000 },
      )
      .toBe('Wartezeit zu lang (rot)');
    expect(await row(/Personalausweis/).textContent()).toMatch(/A\s1/);
    expect(
      await row(/Meldeangelegenheiten/)
        .getByRole('img')
        .getAttribute('aria-label'),
    ).toBe('Wartezeit lang (gelb)');
    expect(
      await row(/Führerschein/)
        .getByRole('img')
        .count(),
    ).toBe(0);
    await admin.getByRole('checkbox', { name: 'Ton, wenn ein Anliegen rot wird' }).check();
    await shot(admin, 'admin-service-levels');
    await admin.close();

    const counter = await browser.newPage({ viewport: viewports.counter });
    await counter.goto(`${office.url}/counter/?platz=platz-2`);
    const mine = counter.getByRole('region', { name: 'Ihre Anliegen' });
    await expect
      .poll(() => mine.getByRole('img', { name: 'Wartezeit zu lang (rot)' }).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await mine.getByRole('img', { name: 'Wartezeit lang (gelb)' }).count()).toBe(2);
    await shot(counter, 'counter-service-levels');
    await counter.close();
  });
});
