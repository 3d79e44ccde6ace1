import type { Clock } from '@aufruf/core';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// Several places calling within seconds: every one of them is on the screen as current, so a visitor
// who looks up late still finds their number; after the window they step back into the list.

/** The display's window ("the last moments"), and a little more. */
const AFTER_WINDOW_MS = 31_000;

/** The hub's clock: real time, moved on at once by `pass` (a frozen clock would drift from the screen's). */
let skew = 0;
const clock: Clock = { now: () => Date.now() + skew };
let office: TestHub;
let browser: Browser;
let kiosk: TestSocket;
let counter: TestSocket;

beforeAll(async () => {
  office = await startTestHub({ clock });
  browser = await launchBrowser();
  kiosk = await connect(office.url, { demo: 'kiosk' });
  counter = await connect(office.url, { demo: 'counter' });
});
afterAll(async () => {
  kiosk?.close();
  counter?.close();
  await browser?.close();
  await office?.stop();
});

async function draw(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
    if (!drawn.ok) throw new Error(drawn.error.message);
  }
}

async function command(name: 'counter:call-next' | 'counter:recall' | 'counter:complete', placeId: string) {
  const reply = await counter.emitWithAck(name, { requestId: rid(), placeId });
  if (!reply.ok) throw new Error(`${name} at ${placeId}: ${reply.error.message}`);
}

/** Each current card's text, newest first, as read: "A 3 → bitte zu Platz 3" ("bitte zu" for screen readers). */
async function cards(region: Locator): Promise<string[]> {
  const texts = await region.getByRole('listitem').allInnerTexts();
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

const history = (page: Page): Locator => page.getByRole('list', { name: 'Letzte Aufrufe' });

/** Waits for the pulse to finish, so a screenshot shows the screen as it then stays. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.getAnimations().length), { timeout: 10_000 }).toBe(0);
}

/**
 * Type sizes in px: each current number, and the list of earlier calls (its rows take its size), so a
 * test can tell that every current call reads larger than the list, from the back of the room.
 */
async function typeSizes(page: Page): Promise<{ current: number[]; history: number; screen: number }> {
  return page.evaluate(() => {
    const px = (element: Element | null): number =>
      element ? parseFloat(getComputedStyle(element).fontSize) : 0;
    return {
      current: [...document.querySelectorAll('.current-number')].map(px),
      history: px(document.querySelector('.history-list')),
      screen: window.innerHeight,
    };
  });
}

/** Every current number at least half as large again as the list's, and what the sizes were. */
async function largerThanList(page: Page): Promise<string> {
  const sizes = await typeSizes(page);
  expect(sizes.history).toBeGreaterThan(0);
  for (const size of sizes.current) expect(size).toBeGreaterThan(1.5 * sizes.history);
  return `current ${sizes.current.map(Math.round).join(', ')} px, list ${Math.round(sizes.history)} px`;
}

/** Moves the hub's clock and the screen's clock on together, as time passes in an office. */
async function pass(page: Page, ms: number): Promise<void> {
  skew += ms;
  const pageNow = await page.evaluate(() => Date.now());
  await page.clock.setSystemTime(pageNow + ms);
}

describe('calls of the last moments on the display', () => {
  it('shows three places calling within 5 s as current, newest highlighted, then moves them to the list', async () => {
    const page = await browser.newPage({ viewport: viewports.tv });
    // The screen's own clock, so half a minute can pass at once without the screen losing its link.
    await page.clock.install();
    await page.goto(`${office.url}/display/?sound=off`);
    const current = page.getByRole('region', { name: 'Aktueller Aufruf' });
    await expect.poll(() => current.textContent()).toMatch(/Willkommen/);

    await draw(6);
    const started = Date.now();
    for (const place of [1, 2, 3]) await command('counter:call-next', `platz-${place}`);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect
      .poll(() => cards(current))
      .toEqual([
        expect.stringMatching(/^Neuester Aufruf A\s3 → bitte zu Platz 3$/),
        expect.stringMatching(/^A\s2 → bitte zu Platz 2$/),
        expect.stringMatching(/^A\s1 → bitte zu Platz 1$/),
      ]);
    const newest = current.locator('[aria-current="true"]');
    expect(await newest.count()).toBe(1);
    expect(await newest.textContent()).toMatch(/A\s3\b.*Platz 3/);
    expect(await history(page).getByRole('listitem').count()).toBe(0);
    console.log(`3 current calls: ${await largerThanList(page)}`);
    await settled(page);
    await shot(page, 'display-current-3');

    // A fourth place: four cards, the newest on top.
    await command('counter:call-next', 'platz-4');
    await expect.poll(() => current.getByRole('listitem').count()).toBe(4);
    expect(await newest.textContent()).toMatch(/A\s4\b.*Platz 4/);
    console.log(`4 current calls: ${await largerThanList(page)}`);
    await settled(page);
    await shot(page, 'display-current-4');

    // The same moment on a hallway screen and on one in Arabic.
    for (const [query, viewport, name] of [
      ['?sound=off', viewports.kiosk, 'display-current-portrait'],
      ['?sound=off&lang=ar', viewports.tv, 'display-current-ar'],
    ] as const) {
      const other = await browser.newPage({ viewport });
      await other.goto(`${office.url}/display/${query}`);
      await expect.poll(() => other.locator('.current-call').count()).toBe(4);
      console.log(`${name}: ${await largerThanList(other)}`);
      await settled(other);
      await shot(other, name);
      await other.close();
    }

    // Platz 1 calls its next number: its card shows the new one, A 1 steps back into the list.
    await command('counter:complete', 'platz-1');
    await command('counter:call-next', 'platz-1');
    await expect
      .poll(() => cards(current))
      .toEqual([
        expect.stringMatching(/^Neuester Aufruf A\s5 → bitte zu Platz 1$/),
        expect.stringMatching(/A\s4\b.*Platz 4$/),
        expect.stringMatching(/A\s3\b.*Platz 3$/),
        expect.stringMatching(/A\s2\b.*Platz 2$/),
      ]);
    expect(await history(page).textContent()).toMatch(/^A\s1\b.*Platz 1$/);

    // Half a minute on: only the newest call is still current, the others are in the list.
    await pass(page, AFTER_WINDOW_MS);
    await expect
      .poll(() => cards(current))
      .toEqual([expect.stringMatching(/^Aktueller Aufruf A\s5\b.*Platz 1$/)]);
    const listed = (await history(page).getByRole('listitem').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' '),
    );
    expect(listed).toEqual([
      expect.stringMatching(/^A\s4\b.*Platz 4$/),
      expect.stringMatching(/^A\s3\b.*Platz 3$/),
      expect.stringMatching(/^A\s2\b.*Platz 2$/),
      expect.stringMatching(/^A\s1\b.*Platz 1$/),
    ]);
    // Alone, the number is at least 15 % of the screen's height.
    const alone = await typeSizes(page);
    expect(alone.current[0]).toBeGreaterThanOrEqual(0.15 * alone.screen);
    console.log(`1 current call: ${await largerThanList(page)}`);
    await settled(page);
    await shot(page, 'display-current-1');
    const hallway = await browser.newPage({ viewport: viewports.kiosk });
    await hallway.goto(`${office.url}/display/?sound=off`);
    await expect.poll(() => cards(hallway.getByRole('region', { name: 'Aktueller Aufruf' }))).toHaveLength(1);
    await settled(hallway);
    await shot(hallway, 'display-current-1-portrait');
    await hallway.close();

    // A new call at Platz 2 and a recall at Platz 3: both current, the recall on top as the newest; A 5,
    // no longer the newest and older than the window, steps back.
    await command('counter:complete', 'platz-2');
    await command('counter:call-next', 'platz-2');
    await command('counter:recall', 'platz-3');
    await expect
      .poll(() => cards(current))
      .toEqual([
        expect.stringMatching(/^Erneuter Aufruf A\s3 → bitte zu Platz 3$/),
        expect.stringMatching(/^A\s6 → bitte zu Platz 2$/),
      ]);
    expect(await newest.textContent()).toMatch(/A\s3\b.*Platz 3/);
    expect(await history(page).textContent()).toMatch(/^A\s5\b.*Platz 1\s*A\s4\b/);
    expect(await history(page).textContent()).not.toMatch(/A\s3\b/);
    console.log(`2 current calls: ${await largerThanList(page)}`);
    await settled(page);
    await shot(page, 'display-current-2-recall');
    await page.close();
  });
});
