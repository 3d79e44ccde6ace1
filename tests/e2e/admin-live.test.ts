import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// "Frei" said nothing about whether anyone sits at the place. The live view tells a place nobody is
// signed in at ("Nicht besetzt") from one whose clerk is signed in and waiting ("Besetzt – frei"); a
// place whose counter has gone is signed out after a grace (shortened here to 1.5 s).

let office: TestHub;
let browser: Browser;
let page: Page;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  office = await startTestHub({ counterGoneMs: 1500 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: viewports.counter });
  await page.goto(`${office.url}/admin/`);
  await page.getByLabel('Admin-Schlüssel').fill(ADMIN_SECRET);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('region', { name: 'Plätze' }).waitFor();
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await browser?.close();
  await office?.stop();
});

const stateOf = (place: string) => async (): Promise<string> => {
  const row = page
    .getByRole('region', { name: 'Plätze' })
    .getByRole('row', { name: new RegExp(`^${place}\\b`) });
  return ((await row.getByRole('cell').first().textContent()) ?? '').trim();
};

/** A counter client over a raw socket: in demo mode free to choose its place, or a paired device. */
async function counter(auth: Parameters<typeof connect>[1] = { demo: 'counter' }): Promise<TestSocket> {
  const socket = await connect(office.url, auth);
  sockets.push(socket);
  return socket;
}

const accepted = (reply: { ok: boolean }): void => {
  expect(reply.ok).toBe(true);
};

/** Pairs a counter bound to one place, as the office head does under "Geräte". */
async function pairedCounter(placeId: string): Promise<TestSocket> {
  const headers = { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' };
  const created = await fetch(`${office.url}/api/admin/pairings`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ role: 'counter', name: `Schalter ${placeId}`, placeId }),
  });
  const { code } = (await created.json()) as { code: string };
  const redeemed = await fetch(`${office.url}/api/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const { token } = (await redeemed.json()) as { token: string };
  return counter({ token });
}

describe('the live view says whether a place is staffed', () => {
  it('shows every place as not staffed while no counter is connected', async () => {
    for (const place of ['Platz 1', 'Platz 2', 'Platz 3', 'Platz 4']) {
      await expect.poll(stateOf(place)).toBe('Nicht besetzt');
    }
  });

  it('shows a place as staffed once its clerk signs in, not merely because a counter is connected', async () => {
    const clerk = await counter();
    await page.getByText('Verbundene Schalter ohne gewählten Platz: 1.', { exact: false }).waitFor();
    await expect.poll(stateOf('Platz 2')).toBe('Nicht besetzt');

    accepted(
      await clerk.emitWithAck('counter:staff', { requestId: rid(), placeId: 'platz-2', staffed: true }),
    );
    await expect.poll(stateOf('Platz 2'), { timeout: 10_000 }).toBe('Besetzt – frei');
    await expect.poll(stateOf('Platz 3')).toBe('Nicht besetzt');
  });

  it('tells serving, paused, staffed and free, and not staffed apart at one glance', async () => {
    const kiosk = await counter({ demo: 'kiosk' });
    const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'fuehrerschein' });
    accepted(drawn);
    const serving = await counter();
    accepted(await serving.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-1' }));
    const pausing = await counter();
    accepted(
      await pausing.emitWithAck('counter:pause', {
        requestId: rid(),
        placeId: 'platz-3',
        paused: true,
        minutes: 30,
      }),
    );
    // A device paired for Platz 4: its counter signs in when it opens.
    const paired = await pairedCounter('platz-4');
    accepted(
      await paired.emitWithAck('counter:staff', { requestId: rid(), placeId: 'platz-4', staffed: true }),
    );

    await expect.poll(stateOf('Platz 1'), { timeout: 10_000 }).toMatch(/^F\s1 gerade aufgerufen$/);
    await expect.poll(stateOf('Platz 2')).toBe('Besetzt – frei');
    await expect.poll(stateOf('Platz 3')).toMatch(/^Pause bis \d\d:\d\d Uhr$/);
    await expect.poll(stateOf('Platz 4'), { timeout: 10_000 }).toBe('Besetzt – frei');
    await shot(page, 'admin-live-staffing');
  });

  it('signs a place out when its counter has been gone for the grace', async () => {
    const clerk = sockets[0];
    clerk?.close();
    // Signed out by the hub once the grace (a reload comes back within it) has passed.
    await expect.poll(stateOf('Platz 2'), { timeout: 10_000 }).toBe('Nicht besetzt');
    await expect.poll(stateOf('Platz 4')).toBe('Besetzt – frei');
    await shot(page, 'admin-live-unstaffed');
  });
});
