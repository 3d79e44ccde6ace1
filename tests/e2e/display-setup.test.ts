import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, viewports } from '../support/browser.ts';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// Several displays, each set up by its address: which places, which languages, how long a call stays
// "current".

interface LogEntry {
  readonly kind: string;
  readonly name: string;
  readonly event: 'start' | 'end';
  readonly at: number;
}

let office: TestHub;
let browser: Browser;
let kiosk: TestSocket;
let counter: TestSocket;

beforeAll(async () => {
  office = await startTestHub();
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

async function call(errandId: string, placeId: string): Promise<void> {
  await counter.emitWithAck('counter:complete', { requestId: rid(), placeId });
  const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
  if (!drawn.ok) throw new Error(drawn.error.message);
  const called = await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId });
  if (!called.ok) throw new Error(called.error.message);
}

async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: viewports.tv });
  await page.goto(`${office.url}/display/${query}`);
  await page.getByRole('dialog').getByRole('button').first().click();
  return page;
}

/** The clips of each announcement, once the display has been quiet for a while. */
async function heard(page: Page, count: number): Promise<string[][]> {
  let result: string[][] = [];
  await expect
    .poll(
      async () => {
        const { entries, now } = await page.evaluate(() => ({
          entries: (window as unknown as { __aufrufAudioLog?: LogEntry[] }).__aufrufAudioLog ?? [],
          now: Date.now(),
        }));
        const last = entries.at(-1);
        if (last?.event !== 'end' || now - last.at < 1500) return -1;
        result = [];
        for (const entry of entries.filter((e) => e.event === 'start')) {
          if (entry.kind === 'gong') result.push([]);
          else result.at(-1)?.push(entry.name);
        }
        return result.length;
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBeGreaterThanOrEqual(count);
  return result;
}

describe('displays set up by their address', () => {
  it('?places= shows and announces only its places; ?currentFor= lets an old call step back', async () => {
    // Three seconds instead of the default quarter of an hour.
    const door = await open('?places=platz-1&currentFor=0.05');
    const current = door.getByRole('region', { name: 'Aktueller Aufruf' });
    await call('gewerbe', 'platz-2');
    await call('gewerbe', 'platz-1');
    await expect.poll(() => current.textContent()).toMatch(/G\s2\b.*Platz 1/);
    const said = await heard(door, 1);
    expect(said).toHaveLength(1);
    expect(said[0]).toEqual(expect.arrayContaining(['de/number-2-mid', 'de/number-1']));
    expect(await door.getByText(/G\s1\b/).count()).toBe(0);

    await expect.poll(() => current.textContent(), { timeout: 8000 }).toMatch(/Willkommen/);
    const history = door.getByRole('list', { name: 'Letzte Aufrufe' });
    expect(await history.textContent()).toMatch(/G\s2\b.*Platz 1/);
    await door.close();
  });

  it('?lang=en&second=de shows English and says each call in English, then German', async () => {
    const hall = await open('?lang=en&second=de');
    await call('melde', 'platz-3');
    const current = hall.getByRole('region', { name: 'Current call' });
    await expect.poll(() => current.textContent()).toMatch(/M\s1\b.*Platz 3/);
    const said = await heard(hall, 1);
    expect(said).toEqual([
      [
        ...[
          'en/phrase-number',
          'en/letter-m',
          'en/number-1-mid',
          'en/phrase-to',
          'en/place-platz',
          'en/number-3',
        ],
        ...[
          'de/phrase-number',
          'de/letter-m',
          'de/number-1-mid',
          'de/phrase-to',
          'de/place-platz',
          'de/number-3',
        ],
      ],
    ]);
    await hall.close();
  });

  it('?sound=off is a silent screen by design: it neither asks for sound nor plays any', async () => {
    const page = await browser.newPage({ viewport: viewports.tv });
    await page.goto(`${office.url}/display/?sound=off`);
    const current = page.getByRole('region', { name: 'Aktueller Aufruf' });
    await expect.poll(() => current.isVisible()).toBe(true);
    await call('sonstiges', 'platz-4');
    await expect.poll(() => current.textContent()).toMatch(/S\s1\b.*Platz 4/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByText(/stumm|blockiert/).count()).toBe(0);
    expect(await page.evaluate(() => '__aufrufAudioLog' in window)).toBe(false);
    await page.close();
  });
});
