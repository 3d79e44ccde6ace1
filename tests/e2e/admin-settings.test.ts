import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeEscPos } from '@aufruf/printer';
import type { OfficeSettings, SettingsDocument } from '@aufruf/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

let office: TestHub;
let browser: Browser;
let admin: Page;
let kiosk: Page;

const adminHeaders = { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' };

// An errand with a colour of its own, as an office head set it earlier (over the API, as a script would).
const MELDE_COLOUR = '#d55e00';

beforeAll(async () => {
  office = await startTestHub();
  const doc = (await (
    await fetch(`${office.url}/api/admin/settings`, { headers: adminHeaders })
  ).json()) as SettingsDocument;
  const settings: OfficeSettings = {
    ...doc.settings,
    errands: doc.settings.errands.map((e) => (e.id === 'melde' ? { ...e, colour: MELDE_COLOUR } : e)),
  };
  const saved = await fetch(`${office.url}/api/admin/settings`, {
    method: 'PUT',
    headers: adminHeaders,
    body: JSON.stringify({ version: doc.version, by: 'Herr Ahmadi', settings }),
  });
  expect(saved.status).toBe(200);

  browser = await launchBrowser();
  kiosk = await browser.newPage({ viewport: viewports.kiosk });
  await kiosk.goto(`${office.url}/kiosk/`);
  await kiosk.evaluate(() => Object.assign(window, { __sameDocument: true }));
  admin = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await admin.goto(`${office.url}/admin/#einrichtung`);
  await admin.getByLabel('Admin-Schlüssel').fill(ADMIN_SECRET);
  await admin.getByRole('button', { name: 'Anmelden' }).click();
  await admin.getByRole('heading', { name: 'Anliegen', exact: true }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

const errandCard = (name: RegExp) =>
  admin.locator('.setup-item').filter({ has: admin.getByRole('heading', { name }) });

/** One line of text as a person reads it: the spaces collapsed, the paper's dash as the screen's. */
const plain = (text: string): string => text.replace(/\s+/g, ' ').replace(/–/g, '-').trim();

/** The lines the hub's (preview) printer put on the ticket for a number like "G-001". */
async function printed(name: string): Promise<string> {
  const dir = join(office.dataDir, 'print-preview');
  const file = async () => {
    for (const day of await readdir(dir).catch(() => [])) {
      if ((await readdir(join(dir, day))).includes(`${name}.bin`)) return join(dir, day, `${name}.bin`);
    }
    return undefined;
  };
  await expect.poll(file, { timeout: 10_000 }).toBeDefined();
  const { lines } = decodeEscPos(await readFile((await file()) ?? ''));
  return plain(lines.map((line) => line.text).join(' '));
}

// One office head sets the office up, step by step.
describe('setting the office up in the admin page', () => {
  it('shows each errand in the colour the screens use: its own, else the default by position', async () => {
    const melde = errandCard(/Meldeangelegenheiten/);
    expect(await melde.getByLabel('Farbe').inputValue()).toBe(MELDE_COLOUR);
    expect(await melde.getByText('Standardfarbe', { exact: true }).count()).toBe(0);
    expect(await melde.locator('.errand-badge').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(213, 94, 0)',
    );
    // The kiosk paints the tile in the same colour.
    const tileBadge = kiosk.getByRole('button', { name: /Meldeangelegenheiten/ }).locator('.errand-badge');
    expect(await tileBadge.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(213, 94, 0)');

    // No colour of its own: the first tone of the theme, said to be the default.
    const ausweis = errandCard(/Personalausweis/);
    expect(await ausweis.getByLabel('Farbe').inputValue()).toBe('#0072b2');
    await ausweis.getByText('Standardfarbe', { exact: true }).waitFor();
    await melde.getByRole('button', { name: 'Standardfarbe verwenden' }).waitFor();
    await melde.scrollIntoViewIfNeeded();
    await shot(admin, 'admin-setup-colours');
  });

  it('shows the texts the screens use while the office has written none, marked as the default', async () => {
    const ticker = admin.getByRole('group', { name: /Laufzeile der Anzeigen/ });
    await ticker.getByText('Standard', { exact: true }).waitFor();
    const tickerDefault = await ticker.getByRole('textbox', { name: 'Deutsch' }).getAttribute('placeholder');
    expect(await ticker.getByRole('textbox', { name: 'Deutsch' }).inputValue()).toBe('');

    const display = await browser.newPage({ viewport: viewports.tv });
    await display.goto(`${office.url}/display/`);
    const strip = display.locator('.strip-advice');
    await strip.waitFor();
    expect(plain((await strip.textContent()) ?? '')).toBe(plain(tickerDefault ?? 'missing'));
    await display.close();

    const advice = admin.getByRole('group', { name: /Hinweis auf Ticket und Kiosk/ });
    await advice.getByText('Standard', { exact: true }).waitFor();
    const adviceDefault = await advice.getByRole('textbox', { name: 'Deutsch' }).getAttribute('placeholder');
    await kiosk.getByRole('button', { name: /Gewerbe/ }).click();
    expect(await printed('G-001')).toContain(plain(adviceDefault ?? 'missing'));
    await kiosk.getByRole('button', { name: /Fertig/ }).click();
    await kiosk.getByRole('button', { name: /Gewerbe/ }).waitFor();

    const rules = admin.getByRole('region', { name: 'Aufrufregeln' });
    expect(await rules.getByText('Standard', { exact: true }).count()).toBe(5);
    await admin
      .getByRole('region', { name: /Öffnungszeiten/ })
      .getByText('Standard', { exact: true })
      .waitFor();
    await ticker.scrollIntoViewIfNeeded();
    await shot(admin, 'admin-setup-defaults');
  });

  it('shows a wrong value at its field and saves nothing', async () => {
    const card = errandCard(/Führerschein/);
    await card.getByLabel('Buchstabe').fill('A');
    await admin.getByLabel('Ihr Name').fill('Frau Weber');
    await admin.getByRole('button', { name: 'Speichern', exact: true }).click();
    await admin.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie die markierten Angaben' }).waitFor();
    await card.getByText('letter "A" is used twice').waitFor();
    await shot(admin, 'admin-setup-invalid');
    await card.getByLabel('Buchstabe').fill('F');
  });

  it('renames, adds and reorders errands and adds a place; the kiosk shows it without a reload', async () => {
    await errandCard(/Sonstiges/)
      .getByRole('textbox', { name: 'Deutsch' })
      .first()
      .fill('Sonstiges und Fundbüro');
    await admin.getByRole('button', { name: 'Anliegen hinzufügen' }).click();
    const added = admin.locator('ol.setup-list > .setup-item').last();
    await added.getByRole('heading', { name: 'Neues Anliegen' }).waitFor();
    await added.getByRole('textbox', { name: 'Deutsch' }).first().fill('Wohngeld');
    await added.getByRole('textbox', { name: 'العربية' }).first().fill('إعانة السكن');
    await added.getByRole('button', { name: /Nach oben/ }).click();
    await admin.getByRole('button', { name: 'Platz hinzufügen' }).click();
    const ticker = admin.getByRole('group', { name: /Laufzeile der Anzeigen/ });
    await ticker.getByRole('textbox', { name: 'Deutsch' }).fill('Heute nur bis 12 Uhr');
    await admin.getByRole('button', { name: 'Speichern', exact: true }).click();
    const saved = admin.getByText('Gespeichert – Kiosk und Anzeigen übernehmen die Änderung sofort.');
    await saved.waitFor();
    await shot(admin, 'admin-setup-saved');
    // The success message reads as success and is readable: dark green on a light green.
    expect(await saved.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(15, 83, 35)');
    expect(await ticker.getByText('Standard', { exact: true }).count()).toBe(0);

    await kiosk.getByRole('button', { name: /Wohngeld/ }).waitFor();
    await kiosk.getByRole('button', { name: /Sonstiges und Fundbüro/ }).waitFor();
    const order = await kiosk.locator('.errand-tile-name').allTextContents();
    expect(order.slice(-2)).toEqual(['Wohngeld', 'Sonstiges und Fundbüro']);
    expect(
      await kiosk.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    const settings = (await (
      await fetch(`${office.url}/api/admin/settings`, { headers: adminHeaders })
    ).json()) as SettingsDocument;
    expect(settings.settings.places.map((p) => p.name)).toContain('Platz 5');
  });

  it('tells each change in the change log as a sentence with who and when, not as JSON', async () => {
    await admin.getByRole('tab', { name: 'Änderungsprotokoll' }).click();
    const log = admin.getByRole('tabpanel', { name: 'Änderungsprotokoll' });
    const line = (text: string) => log.locator('.audit-line').filter({ hasText: text });
    await line('Laufzeile (Deutsch): Standardtext → „Heute nur bis 12 Uhr“').waitFor();
    await line('Sonstiges und Fundbüro – Name (Deutsch): „Sonstiges“ → „Sonstiges und Fundbüro“').waitFor();
    await line('Anliegen B „Wohngeld“ hinzugefügt').waitFor();
    await line('Platz „Platz 5“ hinzugefügt').waitFor();
    const who = (await line('Anliegen B „Wohngeld“ hinzugefügt').textContent()) ?? '';
    expect(who).toMatch(/— Frau Weber, \d\d:\d\d$/);

    // The colour set before: a swatch in the colour, with its code.
    const colour = line('Meldeangelegenheiten – Farbe: Standardfarbe → #d55e00');
    await colour.waitFor();
    expect(await colour.locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(213, 94, 0)',
    );
    expect(await colour.textContent()).toContain('— Herr Ahmadi');

    const text = (await log.textContent()) ?? '';
    expect(text).not.toMatch(/[{}"]|errands\[|null/);
    await log.getByText('Erster Start: Einrichtung aus der Konfigurationsdatei übernommen').waitFor();
    await log.getByText(/^Übernommene Werte/).click();
    await line('Platz „Platz 1“ hinzugefügt').waitFor();
    await shot(admin, 'admin-audit');
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it('has no serious axe violation on the setup page in German and in Arabic', async () => {
    await admin.getByRole('tab', { name: 'Einrichtung' }).click();
    await admin.getByRole('heading', { name: 'Anliegen', exact: true }).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    const arabic = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await arabic.goto(`${office.url}/admin/?lang=ar#einrichtung`);
    await arabic.locator('input[type="password"]').fill(ADMIN_SECRET);
    await arabic.locator('button[type="submit"]').click();
    await arabic.locator('.setup-item').first().waitFor();
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await seriousViolations(arabic)).toEqual([]);
    await shot(arabic, 'admin-setup-ar');
    await arabic.getByRole('tab', { name: 'سجل التغييرات' }).click();
    await arabic.getByText('تمت إضافة الشباك «Platz 5»').waitFor();
    expect(await seriousViolations(arabic)).toEqual([]);
    await shot(arabic, 'admin-audit-ar');
    await arabic.close();
  });
});
