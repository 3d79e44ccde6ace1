import type { Clock } from '@aufruf/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openAdmin, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

// Issue 13: opening hours with holidays. The hub's clock stands at 10:00 on Thursday 14 May 2026,
// Ascension Day (Christi Himmelfahrt), a public holiday in every Land. The office hands out numbers on
// Thursdays and Fridays; the office head picks the Land in the admin page and adds a closure of their
// own for the Friday after ("Brückentag"). The kiosk closes and says when numbers are handed out next.

const THURSDAY_10AM = Date.UTC(2026, 4, 14, 8, 0);
const skew = THURSDAY_10AM - Date.now();
const clock: Clock = { now: () => Date.now() + skew };

let office: TestHub;
let browser: Browser;
let admin: Page;
let kiosk: Page;

beforeAll(async () => {
  office = await startTestHub({
    clock,
    config: { hours: { thu: { from: '08:00', until: '16:00' }, fri: { from: '08:00', until: '12:00' } } },
  });
  browser = await launchBrowser();
  kiosk = await browser.newPage({ viewport: viewports.kiosk });
  await kiosk.goto(`${office.url}/kiosk/`);
  admin = await openAdmin(browser, office.url, ADMIN_SECRET);
  await admin.getByRole('tab', { name: 'Einrichtung' }).click();
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

async function drawRefusal(): Promise<string> {
  const socket = await connect(office.url, { demo: 'kiosk' });
  try {
    const reply = await socket.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
    return reply.ok ? 'drawn' : reply.error.code;
  } finally {
    socket.close();
  }
}

describe('holidays and closures', () => {
  it('close the kiosk on a public holiday of the Land and skip the office’s own closure', async () => {
    await kiosk.getByRole('heading', { name: 'Bitte wählen Sie Ihr Anliegen' }).waitFor();
    expect(await drawRefusal()).toBe('drawn');

    await admin.getByLabel('Gesetzliche Feiertage des Landes').selectOption({ label: 'Bayern' });
    await admin.getByRole('button', { name: 'Ausnahme hinzufügen' }).click();
    const row = admin.locator('.exceptions__row').last();
    await row.getByLabel('Datum').fill('2026-05-15');
    await row.getByLabel('Bezeichnung').fill('Brückentag');
    await row.scrollIntoViewIfNeeded();
    await shot(admin, 'admin-setup-holidays');
    await admin.getByLabel('Ihr Name').fill('Frau Weber');
    await admin.getByRole('button', { name: 'Speichern', exact: true }).click();

    await kiosk
      .getByRole('heading', { name: 'Zurzeit werden keine Nummern ausgegeben.' })
      .waitFor({ timeout: 5000 });
    const notice = kiosk.getByRole('status').filter({ hasText: 'Heute geschlossen' });
    await expect.poll(() => notice.textContent()).toContain('Heute geschlossen: Christi Himmelfahrt');
    // Friday is the office's own closure: next is Thursday a week on.
    expect(await notice.textContent()).toContain('Nummern wieder am Donnerstag, 21. Mai, ab 08:00 Uhr');
    expect(await drawRefusal()).toBe('office-closed');
    await shot(kiosk, 'kiosk-holiday');
  });
});
