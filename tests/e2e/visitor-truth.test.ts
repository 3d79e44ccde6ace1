import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CP858, decodeEscPos, toCodePageText } from '@aufruf/printer';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { shownTicket } from '../support/kiosk-page.ts';
import { connect, openCounters, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// The office of a walk-in Thursday as `npm start` sets it up: five errands, four places serving every
// one of them. Whatever a visitor reads – kiosk, paper, display, phone – is the same figure.

let office: TestHub;
let browser: Browser;
let kioskSocket: TestSocket;
let counter: TestSocket;

let clerks: TestSocket[] = [];
beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
  kioskSocket = await connect(office.url, { demo: 'kiosk' });
  counter = await connect(office.url, { demo: 'counter' });
  // Clerks signed in at every place: the figures count staffed places only.
  clerks = await openCounters(office);
});
afterAll(async () => {
  for (const clerk of clerks) clerk.close();
  kioskSocket?.close();
  counter?.close();
  await browser?.close();
  await office?.stop();
});

const drawBySocket = async (errandId: string) => {
  const reply = await kioskSocket.emitWithAck('ticket:draw', { requestId: rid(), errandId });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
};

const callNext = async (placeId: string) => {
  const reply = await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId });
  if (!reply.ok) throw new Error(reply.error.message);
};

/** The one text of an element, spaces as a person reads them. */
const text = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The lines of the ticket the hub's (preview) printer printed for a number like "A-002". */
async function printedLines(name: string): Promise<{ lines: string[]; qr: string | undefined }> {
  const dir = join(office.dataDir, 'print-preview');
  const file = async () => {
    const days = await readdir(dir).catch(() => []);
    for (const day of days) {
      const files = await readdir(join(dir, day));
      if (files.includes(`${name}.bin`)) return join(dir, day, `${name}.bin`);
    }
    return undefined;
  };
  await expect.poll(file, { timeout: 10_000 }).toBeDefined();
  const decoded = decodeEscPos(await readFile((await file()) ?? ''));
  return {
    lines: decoded.lines.map((line) => line.text).filter((line) => line !== ''),
    qr: decoded.qrCodes[0]?.data,
  };
}

describe('what every screen and ticket tells the visitor', () => {
  it('is one position and one wait: kiosk, paper, display strip and phone, call after call', async () => {
    for (const errandId of ['melde', 'fuehrerschein', 'gewerbe', 'sonstiges']) await drawBySocket(errandId);

    const display = await browser.newPage({ viewport: viewports.tv });
    await display.goto(`${office.url}/display/?sound=off`);
    const strip = display.getByRole('list', { name: 'Wartezeiten' });
    const stripFor = (name: string) => strip.getByRole('listitem').filter({ hasText: name });
    const passports = stripFor('Personalausweis');

    const kiosk = await browser.newPage({ viewport: viewports.kiosk });
    await kiosk.goto(`${office.url}/kiosk/`);
    const tile = kiosk.getByRole('button', { name: /Personalausweis/ });
    // Before the fifth visitor draws: four people ahead of a new passport number, on the kiosk and the TV.
    await expect.poll(() => tile.textContent()).toContain('Vor Ihnen: 4');
    await expect.poll(() => passports.textContent()).toMatch(/Vor Ihnen: 4 \(neue Nummer\)/);
    await shot(kiosk, 'truth-kiosk-start');

    await tile.click();
    const shown = await shownTicket(kiosk);
    expect(shown).toMatchObject({ letter: 'A', number: 1 });
    await expect.poll(() => kiosk.locator('.ticket-ahead').textContent()).toBe('Vor Ihnen: 4');
    const onScreenEstimate = await text(kiosk, '.ticket-estimate');
    expect(onScreenEstimate).toMatch(/^Geschätzte Wartezeit: (ca\. \d+–\d+|unter \d+) Minuten$/);
    await expect.poll(() => kiosk.getByText('Bitte entnehmen Sie Ihr Ticket').isVisible()).toBe(true);
    await shot(kiosk, 'truth-kiosk-ticket');

    // The picture of the paper on screen and the printed bytes, field by field.
    const paper = await printedLines('A-001');
    const field = (name: string) => text(kiosk, `[data-paper="${name}"]`);
    const onScreenPaper = [
      await field('officeName'),
      await field('yourNumber'),
      await field('number'),
      await field('errandName'),
      await field('drawnAt'),
      await field('ahead'),
      await field('estimate'),
      await field('advice'),
    ];
    expect(paper.lines).toEqual(onScreenPaper.map((line) => toCodePageText(line, CP858)));
    expect(await field('number')).toBe('A 001');
    expect(await field('ahead')).toBe('Vor Ihnen: 4');
    expect(await field('estimate')).toBe(onScreenEstimate);
    const paperQr = kiosk.locator('[data-paper="followUrl"]');
    expect(await paperQr.getAttribute('data-follow-url')).toBe(paper.qr);
    expect(paper.qr).toBe(shown.followUrl);

    // The display strip shows the newest passport number's figures, the phone its own.
    await expect.poll(() => passports.textContent()).toMatch(/Vor Ihnen: 4 \(A\s1\)/);
    const phone = await browser.newPage({ viewport: viewports.phone, locale: 'de-DE' });
    await phone.goto(shown.followUrl);
    const phoneAhead = phone.locator('.ahead');
    await expect.poll(() => phoneAhead.textContent()).toBe('Vor Ihnen: 4');
    const phoneEstimate = (await text(phone, '.estimate-value')).replace(/^/, 'Geschätzte Wartezeit: ');
    expect(phoneEstimate).toBe(onScreenEstimate);
    await shot(display, 'truth-display-before-calls');
    await shot(phone, 'truth-phone-4-ahead');

    // Every call of any errand ahead moves the visitor up by one, on the phone and on the TV.
    await kiosk.getByRole('button', { name: 'Fertig' }).click();
    const expected = [3, 2, 1, 0];
    for (const [index, placeId] of ['platz-1', 'platz-2', 'platz-3', 'platz-4'].entries()) {
      await callNext(placeId);
      const ahead = expected[index];
      await expect.poll(() => phoneAhead.textContent()).toBe(`Vor Ihnen: ${ahead}`);
      await expect.poll(() => passports.textContent()).toMatch(new RegExp(`Vor Ihnen: ${ahead} \\(A\\s1\\)`));
      // A new number would have the passport visitor and those still ahead of them first.
      await expect.poll(() => tile.textContent()).toContain(`Vor Ihnen: ${(ahead ?? 0) + 1}`);
    }
    await shot(phone, 'truth-phone-next');
    await shot(display, 'truth-display-after-calls');
    await phone.close();
    await display.close();
    await kiosk.close();
  });

  it('lets a visitor far back stay away, and asks them back when near', async () => {
    let last = await drawBySocket('melde');
    for (let i = 0; i < 14; i++) last = await drawBySocket(['gewerbe', 'melde', 'sonstiges'][i % 3] ?? '');
    const phone = await browser.newPage({ viewport: viewports.phone, locale: 'de-DE' });
    await phone.goto(`${office.url}/t/${last.followToken}`);
    await expect.poll(() => phone.locator('.ahead').textContent()).toBe(`Vor Ihnen: ${last.ahead}`);
    expect(last.ahead).toBeGreaterThan(10);
    await expect.poll(() => phone.getByText(/Sie können den Wartebereich verlassen/).isVisible()).toBe(true);
    expect(await phone.getByText('Bitte kommen Sie jetzt zurück').count()).toBe(0);
    expect(await phone.evaluate(() => document.documentElement.dataset['screen'])).toBe('waiting');
    await shot(phone, 'truth-phone-far');
    await phone.close();
  });
});
