import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, viewports } from '../support/browser.ts';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// A working day, compressed: hundreds of calls from four counters in fast succession and two restarts of
// the hub, with one display watching. It must keep up, keep speaking, keep its queue short and not leak.

interface LogEntry {
  readonly seq: number;
  readonly kind: string;
  readonly name: string;
  readonly event: 'start' | 'end';
  readonly at: number;
}

const CALLS = 300;
const PLACES = ['platz-1', 'platz-2', 'platz-3', 'platz-4'];
const ERRANDS = ['ausweis', 'melde', 'fuehrerschein', 'gewerbe', 'sonstiges'];
const RESTART_AFTER = new Set([130, 230]);
/** Time between two calls: far faster than anyone can announce them (about 4 s each). */
const PACE_MS = 90;
/** The display's queue limit (MAX_PENDING) plus the announcement playing when calls stop. */
const MOST_AFTER_LAST_CALL = 6;
const HEAP_GROWTH_LIMIT = 5 * 1024 * 1024;

let office: TestHub;
let browser: Browser;
let kiosk: TestSocket;
let counter: TestSocket;

async function sockets(): Promise<void> {
  kiosk = await connect(office.url, { demo: 'kiosk' });
  counter = await connect(office.url, { demo: 'counter' });
}

beforeAll(async () => {
  // One kiosk drawing 300 numbers in a minute would be stopped as a stuck key: not what is tested here.
  office = await startTestHub({ limits: { drawsPerMinute: 100_000 } });
  browser = await launchBrowser();
  await sockets();
});
afterAll(async () => {
  kiosk?.close();
  counter?.close();
  await browser?.close();
  await office?.stop();
});

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const audioLog = (page: Page): Promise<LogEntry[]> =>
  page.evaluate(() => (window as unknown as { __aufrufAudioLog?: LogEntry[] }).__aufrufAudioLog ?? []);

/** JS heap in use after a full garbage collection, as Chromium's DevTools count it. */
async function heapUsed(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('no JSHeapUsedSize');
  return used;
}

/** One call at a place: finish whoever is there, draw a number, call the next one. */
async function callAt(index: number): Promise<string> {
  const placeId = PLACES[index % PLACES.length] ?? 'platz-1';
  if (index >= PLACES.length) await counter.emitWithAck('counter:complete', { requestId: rid(), placeId });
  const errandId = ERRANDS[index % ERRANDS.length] ?? 'ausweis';
  const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
  if (!drawn.ok) throw new Error(drawn.error.message);
  const called = await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId });
  if (!called.ok || !called.value.ticket) throw new Error(`call-next ${placeId} failed`);
  const { letter, number } = called.value.ticket;
  return `${letter}\\s${number}\\b.*Platz ${placeId.slice(-1)}`;
}

describe('a whole working day, unattended', () => {
  it('keeps up with hundreds of calls and two hub restarts, still speaking, with flat memory', async () => {
    const display = await browser.newPage({ viewport: viewports.tv });
    await display.goto(`${office.url}/display/`);
    await display.getByRole('button', { name: 'Ton aktivieren', exact: true }).click();
    const cdp = await display.context().newCDPSession(display);
    await cdp.send('Performance.enable');
    // Four places call in turn, so up to four cards are current: the newest (highlighted) is the one to check.
    const newest = display.getByRole('region', { name: 'Aktueller Aufruf' }).locator('[aria-current="true"]');
    const shows = async (pattern: string): Promise<void> => {
      await expect.poll(() => newest.textContent(), { timeout: 15_000 }).toMatch(new RegExp(pattern));
    };

    let heapAfter50 = 0;
    const restarts: { at: number; seq: number }[] = [];
    let latest = '';
    for (let i = 0; i < CALLS; i++) {
      if (RESTART_AFTER.has(i)) {
        const log = await audioLog(display);
        restarts.push({ at: Date.now(), seq: log.at(-1)?.seq ?? 0 });
        office = await office.restart();
        kiosk.close();
        counter.close();
        await sockets();
      }
      latest = await callAt(i);
      if (i === 49) {
        await shows(latest);
        heapAfter50 = await heapUsed(cdp);
      }
      await pause(PACE_MS);
    }
    const lastCallAt = Date.now();
    // Back after both restarts and up to date: the newest call is the current one.
    await shows(latest);

    // The queue drains in a bounded time: at most the limit of pending calls is still said.
    await expect
      .poll(
        async () => {
          const [log, now] = await Promise.all([audioLog(display), display.evaluate(() => Date.now())]);
          const last = log.at(-1);
          return last?.event === 'end' && now - last.at > 2000;
        },
        { timeout: 45_000, interval: 500 },
      )
      .toBe(true);
    const log = await audioLog(display);
    const gongs = log.filter((entry) => entry.kind === 'gong' && entry.event === 'start');
    const afterLastCall = gongs.filter((entry) => entry.at > lastCallAt).length;
    expect(afterLastCall).toBeLessThanOrEqual(MOST_AFTER_LAST_CALL);
    expect(afterLastCall).toBeGreaterThan(0);
    // Still announcing after each restart: the log went on growing.
    for (const restart of restarts) {
      expect(gongs.some((entry) => entry.at > restart.at && entry.seq > restart.seq)).toBe(true);
    }

    const heapAtEnd = await heapUsed(cdp);
    const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    console.log(
      `display JS heap after 50 calls: ${mb(heapAfter50)}, after ${CALLS} calls and ` +
        `${restarts.length} hub restarts: ${mb(heapAtEnd)} (growth ${mb(heapAtEnd - heapAfter50)}); ` +
        `audio log entries since the page started: ${log.at(-1)?.seq ?? 0}, ` +
        `announcements after the last call: ${afterLastCall}`,
    );
    expect(heapAtEnd - heapAfter50).toBeLessThan(HEAP_GROWTH_LIMIT);
    await display.close();
  }, 150_000);
});
