import type { Clock } from '@aufruf/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openAdmin, shot } from '../support/browser.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// Issue 13: the staffing planner. Two Thursday mornings are played through the real hub (a number every
// three minutes, two clerks taking six minutes each, Platz 2 from 09:30); the office head loads today in
// the admin page, sees its real staffing, takes Platz 2 away and sees the waits grow, beside the real
// ones, saves the table as CSV, and loads the average of the last eight Thursdays.

const MINUTE = 60_000;
const NINE = Date.UTC(2026, 10, 26, 8, 0);
const WEEK = 7 * 24 * 60 * MINUTE;
// The hub starts a week ago: days only move forward.
let skew = NINE - WEEK - Date.now();
const clock: Clock = { now: () => Date.now() + skew };

let office: TestHub;
let browser: Browser;
const sockets: TestSocket[] = [];

/** A morning through the real hub: a number every three minutes, Platz 2 from 09:30. */
async function playMorning(nine: number): Promise<void> {
  const kiosk = await connect(office.url, { demo: 'kiosk' });
  const clerks = {
    'platz-1': await connect(office.url, { demo: 'counter' }),
    'platz-2': await connect(office.url, { demo: 'counter' }),
  };
  sockets.push(kiosk, ...Object.values(clerks));
  const busySince: Record<string, number | null> = { 'platz-1': null, 'platz-2': null };
  for (let minute = 0; minute <= 120; minute++) {
    skew = nine + minute * MINUTE - Date.now();
    if (minute < 90 && minute % 3 === 0) {
      await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
    }
    for (const [placeId, clerk] of Object.entries(clerks)) {
      if (placeId === 'platz-2' && minute < 30) continue;
      const since = busySince[placeId] ?? null;
      if (since !== null && minute - since >= 6) {
        await clerk.emitWithAck('counter:complete', { requestId: rid(), placeId });
        busySince[placeId] = null;
      }
      if (busySince[placeId] === null) {
        const called = await clerk.emitWithAck('counter:call-next', { requestId: rid(), placeId });
        if (called.ok) busySince[placeId] = minute;
      }
    }
  }
}

beforeAll(async () => {
  office = await startTestHub({ clock });
  browser = await launchBrowser();
  // Two Thursdays: a week ago and today.
  await playMorning(NINE - WEEK);
  await playMorning(NINE);
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await browser?.close();
  await office?.stop();
});

describe('the staffing planner', () => {
  it('replays a stored day with another staffing, hour by hour beside what happened, and as CSV', async () => {
    const admin = await openAdmin(browser, office.url, ADMIN_SECRET);
    await admin.getByRole('tab', { name: 'Planer' }).click();
    await admin.getByRole('button', { name: 'Tag laden' }).click();

    const staffing = admin.getByRole('table', { name: /Besetzung \(30 Besucher an diesem Tag\)/ });
    await staffing.waitFor();
    // The day's real staffing: Platz 1 from 09:00, Platz 2 from 09:30.
    expect(await admin.getByLabel('Platz 1 ab').inputValue()).toBe('09:00');
    expect(await admin.getByLabel('Platz 2 ab').inputValue()).toBe('09:30');

    await admin.getByRole('button', { name: 'Berechnen' }).click();
    const result = admin.getByRole('region', { name: 'Ergebnis' });
    await result.waitFor();
    const nineOClock = async () =>
      ((await result.getByRole('row', { name: /^09:00/ }).textContent()) ?? '').replace(/\s+/g, ' ');
    const withTwo = await nineOClock();
    expect(await result.textContent()).toMatch(/tatsächlich \d\d:\d\d, mit dieser Besetzung \d\d:\d\d/);

    // What if Platz 2 had not come at all: one clerk for a number every three minutes.
    await admin.getByLabel('Platz 2 ab').fill('11:59');
    await admin.getByRole('button', { name: 'Berechnen' }).click();
    await result.waitFor();
    const withOne = await nineOClock();
    const plannedOf = (row: string): number => Number(/(\d+)\s*$/.exec(row.trim())?.[1] ?? 'NaN');
    expect(plannedOf(withOne)).toBeGreaterThan(plannedOf(withTwo));
    await shot(admin, 'admin-planner');

    const download = admin.waitForEvent('download');
    await result.getByRole('button', { name: 'Als CSV speichern' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('aufruf-planer-2026-11-26.csv');

    // The average Thursday of the last eight weeks: the two stored ones here.
    await admin
      .getByRole('checkbox', { name: /Durchschnitt dieses Wochentags der letzten 8 Wochen/ })
      .check();
    await admin.getByRole('button', { name: 'Tag laden' }).click();
    await admin
      .getByRole('table', { name: /30 Besucher an diesem Tag\) · Durchschnitt von 2 Tagen/ })
      .waitFor();
  });
});
