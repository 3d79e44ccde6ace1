import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// Issue 13: a visitor marked "Nicht erschienen" walks in five minutes late. The clerk takes the number
// back ("Wieder aufnehmen") and calls it again; the visitor keeps their place in the queue.

let office: TestHub;
let browser: Browser;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await browser?.close();
  await office?.stop();
});

describe('taking back a no-show', () => {
  it('puts the number back into the queue, where the next call finds it', async () => {
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    sockets.push(kiosk);
    for (const errandId of ['melde', 'melde']) {
      const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
      expect(drawn.ok).toBe(true);
    }
    const page = await browser.newPage({ viewport: viewports.counter });
    await page.goto(`${office.url}/counter/?platz=platz-1`);
    const button = (name: RegExp) => page.getByRole('button', { name });

    await button(/^Nächste Nummer/).click();
    await expect.poll(() => page.getByRole('main').textContent()).toMatch(/M\s1/);
    // Nobody comes. (Within a second of the call the press guard would take it for a double press.)
    await page.waitForTimeout(1100);
    await button(/^Nicht erschienen/).click();
    const noShows = page.getByRole('region', { name: 'Nicht erschienen' });
    await noShows.getByRole('button', { name: 'M 1 wieder aufnehmen' }).waitFor();
    await shot(page, 'counter-no-shows');

    await noShows.getByRole('button', { name: 'M 1 wieder aufnehmen' }).click();
    // Back in the waiting list, before M 2 (drawn later), and gone from the no-shows.
    const waiting = page.getByRole('region', { name: /Wartende Nummern/ });
    await expect.poll(() => waiting.getByRole('listitem').first().textContent()).toMatch(/M\s1/);
    expect(await noShows.count()).toBe(0);

    await button(/^Nächste Nummer/).click();
    await expect.poll(() => page.getByRole('main').textContent()).toMatch(/M\s1/);
  });
});
