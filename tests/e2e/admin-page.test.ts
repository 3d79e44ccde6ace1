import { readFileSync } from 'node:fs';
import { serviceDay } from '@aufruf/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

let office: TestHub;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: viewports.counter, acceptDownloads: true });
  await page.goto(`${office.url}/admin/`);
  // Marks this document: if the page reloads, the mark is gone.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

const sameDocument = (): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

const adminHeaders = { authorization: `Bearer ${ADMIN_SECRET}` };

interface DeviceRow {
  readonly name: string;
  readonly revokedAt: number | null;
}

async function devices(): Promise<DeviceRow[]> {
  const response = await fetch(`${office.url}/api/admin/devices`, { headers: adminHeaders });
  return ((await response.json()) as { devices: DeviceRow[] }).devices;
}

// One page goes through the office head's day in order: each step builds on the one before.
describe('the admin page in Chromium', () => {
  it('refuses a wrong admin key and keeps the right one for this window only', async () => {
    const secret = page.getByLabel('Admin-Schlüssel');
    // The hint says where the key really is, and how to set a new one.
    await secret.waitFor();
    const hint = await page.locator('.sign-in__card').textContent();
    expect(hint).toContain('nur einmal: beim ersten Start in seinem Konsolenfenster');
    expect(hint).toContain('security: adminSecret');
    await secret.fill('ganz-falscher-schluessel');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Der Schlüssel stimmt nicht.');
    await shot(page, 'admin-sign-in-refused');

    await secret.fill(ADMIN_SECRET);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Jetzt' }).getAttribute('aria-selected'))
      .toBe('true');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Verbunden' }).count()).toBe(1);
    const stored = await page.evaluate(() => ({
      session: Object.values<string>(sessionStorage),
      local: Object.values<string>(localStorage),
    }));
    expect(stored.session).toContain(ADMIN_SECRET);
    expect(stored.local).not.toContain(ADMIN_SECRET);
  });

  it('shows a ticket drawn at a kiosk in the live view without a reload', async () => {
    const waiting = page.getByRole('region', { name: 'Wartend je Anliegen' });
    const row = waiting.getByRole('row', { name: /Führerschein/ });
    await expect.poll(() => row.getByRole('cell').first().textContent()).toBe('0');

    const kiosk = await connect(office.url, { demo: 'kiosk' });
    const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'fuehrerschein' });
    kiosk.close();
    expect(drawn.ok).toBe(true);

    await expect.poll(() => row.getByRole('cell').first().textContent(), { timeout: 5000 }).toBe('1');
    expect(await page.getByText(/1\s*gezogen/).isVisible()).toBe(true);
    await shot(page, 'admin-live');
    expect(await sameDocument()).toBe(true);
  });

  it('pairs a display with a code that works, lists it, and blocks it', async () => {
    await page.getByRole('tab', { name: 'Geräte' }).click();
    await page.getByRole('radio', { name: /Anzeige/ }).check();
    await page.getByLabel('Name des Geräts').fill('Anzeige Test');
    await page.getByRole('checkbox', { name: 'Platz 2' }).check();
    await page.getByRole('button', { name: 'Code erzeugen' }).click();

    const result = page.getByRole('region', { name: 'Kopplungscode für „Anzeige Test“' });
    await expect.poll(() => result.isVisible()).toBe(true);
    const code = /[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await result.textContent()) ?? '')?.[0];
    expect(code).toBeDefined();
    expect(await result.getByRole('img', { name: 'QR-Code mit dem Kopplungslink' }).isVisible()).toBe(true);
    expect(await result.getByRole('link').textContent()).toContain(`/display/?pair=${code}`);
    await shot(page, 'admin-pairing-code');

    // The new display redeems the code shown on the page.
    const paired = await fetch(`${office.url}/api/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(paired.status).toBe(200);
    const reply = (await paired.json()) as { identity: { role: string; places: string[] | null } };
    expect(reply.identity).toMatchObject({ role: 'display', places: ['platz-2'] });

    await page.getByRole('button', { name: 'Aktualisieren' }).click();
    const deviceRow = page.getByRole('row', { name: /Anzeige Test/ });
    await expect.poll(() => deviceRow.isVisible()).toBe(true);
    expect(await deviceRow.textContent()).toContain('Platz 2');
    await shot(page, 'admin-devices');

    await deviceRow.getByRole('button', { name: 'Sperren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gerät sperren?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Sperren' }).click();
    await expect.poll(() => deviceRow.count()).toBe(0);
    expect(await page.getByText('Gesperrte Geräte (1)').isVisible()).toBe(true);
    const blocked = (await devices()).find((d) => d.name === 'Anzeige Test');
    expect(blocked?.revokedAt).toEqual(expect.any(Number));
  });

  it("shows today's figures in the statistics and downloads a table as CSV", async () => {
    await page.getByRole('tab', { name: 'Statistik' }).click();
    const overview = page.getByRole('region', { name: 'Überblick' });
    await expect.poll(() => overview.isVisible(), { timeout: 10_000 }).toBe(true);
    const drawnFigure = overview.getByRole('definition').first();
    expect(await drawnFigure.textContent()).toBe('1');
    expect(await page.getByRole('button', { name: 'Heute' }).getAttribute('aria-pressed')).toBe('true');

    const errands = page.getByRole('region', { name: 'Nummern je Anliegen' });
    const chart = errands.getByRole('img');
    expect(await chart.getAttribute('aria-label')).toContain('Führerschein 1');
    const row = errands.getByRole('row', { name: /Führerschein/ });
    expect(await row.getByRole('cell').first().textContent()).toBe('1');
    await shot(page, 'admin-stats');

    await page.getByRole('radio', { name: 'Standard (,)' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      errands.getByRole('button', { name: 'CSV herunterladen: Nummern je Anliegen' }).click(),
    ]);
    const today = serviceDay(Date.now(), office.config.office.timeZone);
    expect(download.suggestedFilename()).toBe(`aufruf-errands-${today}-${today}.csv`);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('Führerschein');
    expect(csv.split('\n')[0]).toContain(',');
  });

  it('signs out and forgets the key', async () => {
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expect.poll(() => page.getByLabel('Admin-Schlüssel').isVisible()).toBe(true);
    expect(await page.evaluate(() => Object.values<string>(sessionStorage))).not.toContain(ADMIN_SECRET);
  });
});
