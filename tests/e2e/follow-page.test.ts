import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { connect, openCounters, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

let office: TestHub;
let browser: Browser;
let kiosk: TestSocket;
let counter: TestSocket;

let clerks: TestSocket[] = [];
beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
  kiosk = await connect(office.url, { demo: 'kiosk' });
  counter = await connect(office.url, { demo: 'counter' });
  // Clerks signed in at every place: the figures count staffed places only.
  clerks = await openCounters(office);
});
afterAll(async () => {
  for (const clerk of clerks) clerk.close();
  kiosk?.close();
  counter?.close();
  await browser?.close();
  await office?.stop();
});

async function draw(errandId = 'ausweis') {
  const reply = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

async function atCounter(command: 'counter:call-next' | 'counter:complete' | 'counter:recall') {
  const reply = await counter.emitWithAck(command, { requestId: rid(), placeId: 'platz-2' });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

/** Everything the page asks for, to prove it asks only its own hub. */
const requested = new Map<Page, string[]>();

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  requested.set(page, []);
  page.on('request', (request) => requested.get(page)?.push(request.url()));
  await page.goto(`${office.url}${path}`);
  // Marks this document: if the page reloads, the mark is gone.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  return page;
}

const sameDocument = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

const visible = (page: Page, text: string | RegExp, timeout = 5000) =>
  expect.poll(() => page.getByText(text).first().isVisible(), { timeout }).toBe(true);

async function phone(locale = 'de-DE'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: viewports.phone, locale });
  // The phone's vibration motor is hardware: record what the page asks of it.
  // The sound is real Web Audio; counting the tones it starts shows whether the page rang.
  await context.addInitScript(() => {
    const calls: unknown[] = [];
    const tones = { started: 0 };
    Object.assign(window, { __vibrations: calls, __tones: tones });
    Object.defineProperty(Navigator.prototype, 'vibrate', {
      configurable: true,
      value: (pattern: unknown) => calls.push(pattern) > 0,
    });
    window.AudioContext = class extends AudioContext {
      override createOscillator(): OscillatorNode {
        tones.started++;
        return super.createOscillator();
      }
    };
  });
  return context;
}

const vibrations = (page: Page): Promise<unknown[]> =>
  page.evaluate(() => (window as unknown as { __vibrations: unknown[] }).__vibrations);
const tones = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __tones: { started: number } }).__tones.started);

describe('the follow page on a phone', () => {
  it('follows a ticket live from the queue to "Sie sind dran: Platz 2", without a reload', async () => {
    await draw();
    await draw();
    const mine = await draw();
    const context = await phone();
    const page = await open(context, `/t/${mine.followToken}`);

    await visible(page, 'Vor Ihnen: 2');
    await visible(page, /^A\s3$/);
    await visible(page, 'Personalausweis / Reisepass');
    await visible(page, 'aktuell');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await shot(page, 'follow-come-back');
    await page.getByRole('button', { name: 'Ton einschalten' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ton ausschalten' }).isVisible()).toBe(true);
    const afterTest = await tones(page);
    expect(afterTest).toBeGreaterThan(0); // the short test tone after switching on

    await atCounter('counter:call-next');
    await visible(page, 'Vor Ihnen: 1');
    await atCounter('counter:complete');
    await atCounter('counter:call-next');
    await visible(page, 'Vor Ihnen: 0');
    await atCounter('counter:complete');
    expect(await vibrations(page)).toEqual([]);

    await atCounter('counter:call-next');
    const heading = page.getByRole('heading', { name: 'Sie sind dran: Platz 2' });
    await expect.poll(() => heading.isVisible(), { timeout: 5000 }).toBe(true);
    // The state is announced: the heading sits in the page's live region.
    expect(await page.getByRole('status').filter({ has: heading }).count()).toBe(1);
    await expect.poll(() => vibrations(page)).toHaveLength(1);
    expect(await tones(page)).toBeGreaterThan(afterTest);
    await shot(page, 'follow-called');

    await atCounter('counter:recall');
    await visible(page, 'Erneuter Aufruf');
    await expect.poll(() => vibrations(page)).toHaveLength(2);

    await atCounter('counter:complete');
    await visible(page, 'Vielen Dank für Ihren Besuch');
    expect(await sameDocument(page)).toBe(true);

    const origin = new URL(office.url).origin;
    const elsewhere = (requested.get(page) ?? []).filter((url) => new URL(url).origin !== origin);
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it('shows the waiting screen with the estimate the hub sends', async () => {
    // A queue long enough that the visitor may still leave the waiting room.
    const tickets = [];
    for (let i = 0; i < 12; i++) tickets.push(await draw('gewerbe'));
    const mine = tickets.at(-1);
    if (!mine) throw new Error('no ticket');
    const context = await phone();
    const page = await open(context, `/t/${mine.followToken}`);
    await visible(page, 'Vor Ihnen: 11');

    const follower = await connect(office.url, { follow: mine.followToken });
    const sync = await follower.emitWithAck('follow:sync');
    follower.close();
    if (!sync.ok) throw new Error(sync.error.message);
    const view = sync.value;
    const screen = await page.evaluate(() => document.documentElement.dataset['screen']);
    expect(screen).toBe(view.returnNow ? 'come-back' : 'waiting');
    if (!view.returnNow) await visible(page, /Sie können den Wartebereich verlassen/);
    if (view.estimate) {
      await visible(page, 'Geschätzte Wartezeit');
      await visible(page, new RegExp(`${view.estimate.maxMinutes} Minuten$`));
    } else {
      expect(await page.getByText('Geschätzte Wartezeit').count()).toBe(0);
    }
    await shot(page, 'follow-waiting');

    // The choice of sound is remembered on the phone (audio itself needs a tap on every visit).
    await page.getByRole('button', { name: 'Ton einschalten' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ton ausschalten' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('aufruf.follow.sound'))).toBe('on');
    await page.reload();
    await visible(page, 'Vor Ihnen: 11');
    await page.getByText('Vor Ihnen: 11').click();
    await expect.poll(() => page.getByRole('button', { name: 'Ton ausschalten' }).isVisible()).toBe(true);
    await context.close();
  });

  it('says when the link is lost, and clears by itself', async () => {
    const mine = await draw('sonstiges');
    const context = await phone();
    const page = await open(context, `/t/${mine.followToken}`);
    await visible(page, 'aktuell');

    await context.setOffline(true);
    await visible(page, 'Verbindung unterbrochen – wird wiederhergestellt', 8000);
    // The number stays on screen while the link is down.
    await visible(page, /^S\s1$/);
    await shot(page, 'follow-offline');
    await context.setOffline(false);
    await visible(page, 'aktuell', 15_000);
    expect(await sameDocument(page)).toBe(true);
    await context.close();
  });

  it('speaks English to an English phone, and switches on request', async () => {
    const mine = await draw('melde');
    const context = await phone('en-GB');
    const page = await open(context, `/t/${mine.followToken}`);
    await visible(page, /^Ahead of you: \d+$/);
    await visible(page, 'Registration of address');
    // The page sets lang and dir in an effect, after it has painted the words.
    const lang = () => page.evaluate(() => document.documentElement.lang);
    await expect.poll(lang).toBe('en');

    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
    await visible(page, 'Meldeangelegenheiten');
    await expect.poll(lang).toBe('de');
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption({ label: 'العربية' });
    await visible(page, 'تسجيل السكن');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await sameDocument(page)).toBe(true);
    await context.close();
  });

  it('tells a visitor with an unknown or malformed address that the number is no longer current', async () => {
    const context = await phone();
    for (const path of ['/t/Unknown_token-0123456789', '/t/not-a-token']) {
      const page = await open(context, path);
      const heading = page.getByRole('heading', { name: 'Diese Nummer ist nicht mehr aktuell' });
      await expect.poll(() => heading.isVisible(), { timeout: 5000 }).toBe(true);
      await visible(page, /wenden Sie sich an die Information/);
      if (path.includes('Unknown')) await shot(page, 'follow-unknown');
    }
    await context.close();
  });
});
