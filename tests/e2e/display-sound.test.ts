import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// Chromium here has no voices and no speakers: what the display plays is read from its audio log
// (window.__aufrufAudioLog), which records every start and end of the gong and of each clip.

interface LogEntry {
  readonly seq: number;
  readonly kind: 'gong' | 'clip' | 'web-speech';
  readonly name: string;
  readonly event: 'start' | 'end';
  readonly at: number;
}

/**
 * Chromium as a TV is set up (kiosk mode, or the Electron display shell): sound may start without a
 * click, so a screen that was switched on once speaks right after a restart. The flags are those of
 * launchBrowser() plus the autoplay policy.
 */
function launchTvBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update'],
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

let office: TestHub;
let browser: Browser;
let strictBrowser: Browser;
let kiosk: TestSocket;
let counter: TestSocket;
let display: Page;

async function sockets(): Promise<void> {
  kiosk = await connect(office.url, { demo: 'kiosk' });
  counter = await connect(office.url, { demo: 'counter' });
}

beforeAll(async () => {
  office = await startTestHub();
  browser = await launchTvBrowser();
  // Chromium's default: no sound before a click on each new page.
  strictBrowser = await launchBrowser();
  await sockets();
});
afterAll(async () => {
  kiosk?.close();
  counter?.close();
  await browser?.close();
  await strictBrowser?.close();
  await office?.stop();
});

async function draw(errandId: string): Promise<string> {
  const reply = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
  if (!reply.ok) throw new Error(reply.error.message);
  return `${reply.value.ticket.letter} ${reply.value.ticket.number}`;
}

async function command(
  name: 'counter:call-next' | 'counter:recall' | 'counter:complete',
  placeId: string,
): Promise<void> {
  const reply = await counter.emitWithAck(name, { requestId: rid(), placeId });
  if (!reply.ok) throw new Error(`${name} ${placeId}: ${reply.error.message}`);
}

const audioLog = (page: Page): Promise<LogEntry[]> =>
  page.evaluate(() => (window as unknown as { __aufrufAudioLog?: LogEntry[] }).__aufrufAudioLog ?? []);

/** What was announced: per gong, the clips that followed it, in the order they started. */
function announcements(log: readonly LogEntry[]): string[][] {
  const result: string[][] = [];
  for (const entry of log) {
    if (entry.event !== 'start') continue;
    if (entry.kind === 'gong') result.push([]);
    else result.at(-1)?.push(entry.name);
  }
  return result;
}

/** Every sound ended before the next one started: nothing was cut off or played over another. */
function expectOneAtATime(log: readonly LogEntry[]): void {
  for (let i = 0; i + 1 < log.length; i += 2) {
    const [start, end] = [log[i], log[i + 1]];
    expect(start?.event, `entry ${start?.seq}`).toBe('start');
    expect(end?.event, `entry ${end?.seq}`).toBe('end');
    expect(end?.name).toBe(start?.name);
    expect(end?.at ?? 0).toBeGreaterThanOrEqual(start?.at ?? 0);
  }
}

/** The clips of "Nummer A 17, bitte zu Platz 2" in one language. */
const spoken = (lang: string, number: number, place: number, letter = 'a'): string[] => [
  `${lang}/phrase-number`,
  `${lang}/letter-${letter}`,
  `${lang}/number-${number}-mid`,
  `${lang}/phrase-to`,
  `${lang}/place-platz`,
  `${lang}/number-${place}`,
];

/** Waits until at least `count` announcements are complete: the display has been quiet for a while. */
async function heard(page: Page, count: number, timeout = 30_000): Promise<LogEntry[]> {
  await expect
    .poll(
      async () => {
        const [log, now] = await Promise.all([audioLog(page), page.evaluate(() => Date.now())]);
        const last = log.at(-1);
        // Longer than any pause inside an announcement or between two of them.
        const quiet = last?.event === 'end' && now - last.at > 1500;
        return quiet ? announcements(log).length : -1;
      },
      { timeout, interval: 250 },
    )
    .toBeGreaterThanOrEqual(count);
  return audioLog(page);
}

const current = (page: Page) => page.getByRole('region', { name: 'Aktueller Aufruf' });

describe('the display is heard as well as seen', () => {
  it('asks once for sound, then announces A 17 → Platz 2 with a gong and the voice, in German and English', async () => {
    // Sixteen numbers called and finished before the screen starts: history, never announced.
    for (let i = 0; i < 16; i++) {
      await draw('ausweis');
      await command('counter:call-next', 'platz-1');
      await command('counter:complete', 'platz-1');
    }
    display = await browser.newPage({ viewport: viewports.tv });
    await display.goto(`${office.url}/display/?second=en`);
    const prompt = display.getByRole('dialog', { name: 'Aufrufe auch hören' });
    await expect.poll(() => prompt.isVisible()).toBe(true);
    await expect.poll(() => current(display).textContent()).toMatch(/A\s16/);
    await shot(display, 'display-sound-prompt');

    await display.getByRole('button', { name: 'Ton aktivieren', exact: true }).click();
    await expect.poll(() => prompt.count()).toBe(0);
    expect(await display.getByText('Anzeige stumm').count()).toBe(0);
    // Right after switching on, the volume control is there to be set (and goes away by itself).
    const settings = display.getByRole('group', { name: 'Ton' });
    await expect.poll(() => settings.getByRole('slider', { name: 'Lautstärke' }).isVisible()).toBe(true);
    expect(await seriousViolations(display)).toEqual([]);

    expect(await draw('ausweis')).toBe('A 17');
    await command('counter:call-next', 'platz-2');
    await expect.poll(() => current(display).textContent()).toMatch(/A\s17.*Platz 2/);

    const log = await heard(display, 1);
    // The history loaded with the page (A 1 … A 16) was not announced: one announcement only.
    expect(announcements(log)).toEqual([[...spoken('de', 17, 2), ...spoken('en', 17, 2)]]);
    expect(log[0]).toMatchObject({ kind: 'gong', event: 'start' });
    expect(log[1]).toMatchObject({ kind: 'gong', event: 'end' });
    expectOneAtATime(log);
  });

  it('announces three calls in quick succession, all, in order, none cut off, and a recall again', async () => {
    // German only from here on: the screen's own language, and half the time to listen.
    await display.goto(`${office.url}/display/`);
    await expect.poll(() => current(display).textContent()).toMatch(/A\s17/);
    await command('counter:complete', 'platz-2');
    const before = announcements(await audioLog(display)).length;
    for (let i = 0; i < 3; i++) await draw('ausweis');
    // No waiting between the calls: the second and third arrive while the first is being said.
    await command('counter:call-next', 'platz-1');
    await command('counter:call-next', 'platz-3');
    await command('counter:call-next', 'platz-4');
    await command('counter:recall', 'platz-1');

    const log = await heard(display, before + 4, 45_000);
    const said = announcements(log).slice(before);
    expect(said).toEqual([
      spoken('de', 18, 1),
      spoken('de', 19, 3),
      spoken('de', 20, 4),
      spoken('de', 18, 1),
    ]);
    expectOneAtATime(log);
    await expect.poll(() => current(display).textContent()).toMatch(/Erneuter Aufruf.*A\s18.*Platz 1/);
  });

  it('after a reload, announces none of the old calls and remembers that sound was switched on', async () => {
    await display.reload();
    await expect.poll(() => current(display).textContent()).toMatch(/A\s18/);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await audioLog(display)).toEqual([]);
    expect(await display.getByRole('dialog', { name: 'Aufrufe auch hören' }).count()).toBe(0);
    expect(await display.getByText('Anzeige stumm').count()).toBe(0);

    await command('counter:complete', 'platz-3');
    await draw('ausweis');
    await command('counter:call-next', 'platz-3');
    const log = await heard(display, 1);
    expect(announcements(log)).toEqual([spoken('de', 21, 3)]);
    // Nobody has touched this screen since the reload: no controls, the highlight has settled.
    await shot(display, 'display-sound-call');
  });

  it('marks its picture stale while the hub is away, and catches up when it is back', async () => {
    const banner = display.getByRole('alert').filter({ hasText: 'Verbindung zum Server unterbrochen' });
    const stale = display.locator('.display.is-stale');
    office = await office.restart(async () => {
      await expect.poll(() => banner.count(), { timeout: 10_000 }).toBe(1);
      expect(await stale.count()).toBe(1);
      // The last picture stays on the screen, greyed.
      expect(await current(display).textContent()).toMatch(/A\s21/);
    });
    kiosk.close();
    counter.close();
    await sockets();
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(0);
    expect(await stale.count()).toBe(0);

    const before = announcements(await audioLog(display)).length;
    await command('counter:complete', 'platz-4');
    expect(await draw('ausweis')).toBe('A 22');
    await command('counter:call-next', 'platz-4');
    await expect.poll(() => current(display).textContent()).toMatch(/A\s22.*Platz 4/);
    const said = announcements(await heard(display, before + 1)).slice(before);
    expect(said).toEqual([spoken('de', 22, 4)]);
  });

  it('can go on without sound, says that it is silent, and can be switched on from there', async () => {
    const page = await browser.newPage({ viewport: viewports.tv });
    await page.goto(`${office.url}/display/`);
    await page.getByRole('button', { name: 'Ohne Ton fortfahren' }).click();
    const silent = page.getByRole('button', { name: /Anzeige stumm/ });
    await expect.poll(() => silent.isVisible()).toBe(true);
    await shot(page, 'display-sound-silent');
    expect(await seriousViolations(page)).toEqual([]);

    await command('counter:complete', 'platz-4');
    await draw('melde');
    await command('counter:call-next', 'platz-4');
    await expect.poll(() => current(page).textContent()).toMatch(/M\s1\b/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await audioLog(page)).toEqual([]);

    await silent.click();
    await expect.poll(() => silent.count()).toBe(0);
    await command('counter:recall', 'platz-4');
    const log = await heard(page, 1);
    expect(announcements(log)).toEqual([spoken('de', 1, 4, 'm')]);
    await page.close();
  });

  it('where the browser blocks sound until a click, a remembered choice waits for one touch', async () => {
    const page = await strictBrowser.newPage({ viewport: viewports.tv });
    await page.goto(`${office.url}/display/`);
    await page.getByRole('button', { name: 'Ton aktivieren', exact: true }).click();
    await page.reload();
    const blocked = page.getByRole('status').filter({ hasText: 'Ton blockiert' });
    await expect.poll(() => blocked.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await page.getByRole('dialog', { name: 'Aufrufe auch hören' }).count()).toBe(0);

    // Anywhere on the screen will do: no need to find a button on a TV.
    await page.mouse.click(400, 400);
    await expect.poll(() => blocked.count()).toBe(0);
    await command('counter:recall', 'platz-4');
    expect(announcements(await heard(page, 1))).toEqual([spoken('de', 1, 4, 'm')]);
    await page.close();
  });
});
