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

beforeAll(async () => {
  office = await startTestHub();
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

// One office head sets the office up, step by step.
describe('setting the office up in the admin page', () => {
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
    await admin.getByRole('button', { name: 'Speichern', exact: true }).click();
    await admin.getByText('Gespeichert – Kiosk und Anzeigen übernehmen die Änderung sofort.').waitFor();
    await shot(admin, 'admin-setup-saved');

    await kiosk.getByRole('button', { name: /Wohngeld/ }).waitFor();
    await kiosk.getByRole('button', { name: /Sonstiges und Fundbüro/ }).waitFor();
    const order = await kiosk.locator('.errand-tile-name').allTextContents();
    expect(order.slice(-2)).toEqual(['Wohngeld', 'Sonstiges und Fundbüro']);
    expect(
      await kiosk.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    const settings = (await (
      await fetch(`${office.url}/api/admin/settings`, {
        headers: { authorization: `Bearer ${ADMIN_SECRET}` },
      })
    ).json()) as {
      settings: { places: { name: string }[] };
    };
    expect(settings.settings.places.map((p) => p.name)).toContain('Platz 5');
  });

  it('lists the change with the name in the change log', async () => {
    await admin.getByRole('tab', { name: 'Änderungsprotokoll' }).click();
    const log = admin.getByRole('tabpanel', { name: 'Änderungsprotokoll' });
    await log.getByText('Frau Weber').first().waitFor();
    await log.getByRole('rowheader', { name: 'errands[sonstiges].name.de' }).first().waitFor();
    await log.getByRole('cell', { name: '"Sonstiges und Fundbüro"' }).first().waitFor();
    await shot(admin, 'admin-audit');
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
    await arabic.close();
  });
});
