import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, connect, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

// Issue 13: a kiosk or display that dies must not look healthy. The admin page shows which paired
// devices are connected now; a kiosk that is gone is trouble (nobody can draw a number there), and the
// printer it reported turns "unbekannt".

let office: TestHub;
let browser: Browser;

beforeAll(async () => {
  office = await startTestHub({ demo: false });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

async function pairing(role: string, name: string): Promise<string> {
  const response = await fetch(`${office.url}/api/admin/pairings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role, name }),
  });
  return ((await response.json()) as { code: string }).code;
}

async function redeem(code: string): Promise<string> {
  const response = await fetch(`${office.url}/api/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  return ((await response.json()) as { token: string }).token;
}

describe('devices alive or not', () => {
  it('a kiosk page that is closed shows as offline on the admin page and on counters within 35 s', async () => {
    const kiosk = await browser.newPage({ viewport: viewports.kiosk });
    await kiosk.goto(`${office.url}/kiosk/`);
    await kiosk.getByRole('textbox', { name: 'Kopplungscode' }).fill(await pairing('kiosk', 'Kiosk Eingang'));
    await kiosk.getByRole('button', { name: 'Freigeben' }).click();
    await kiosk.getByRole('button', { name: /Führerschein/ }).waitFor();

    const admin = await browser.newPage({ viewport: viewports.counter });
    await admin.goto(`${office.url}/admin/`);
    await admin.getByLabel('Admin-Schlüssel').fill(ADMIN_SECRET);
    await admin.getByRole('button', { name: 'Anmelden' }).click();
    await admin.getByRole('tab', { name: 'Geräte' }).click();
    const row = admin.getByRole('row', { name: /Kiosk Eingang/ });
    await expect.poll(() => row.textContent()).toContain('verbunden');
    const counter = await browser.newPage({ viewport: viewports.counter });
    await counter.goto(`${office.url}/counter/?platz=platz-1`);
    await counter
      .getByRole('textbox', { name: 'Kopplungscode' })
      .fill(await pairing('counter', 'Schalter 1'));
    await counter.getByRole('button', { name: 'Freigeben' }).click();
    const gone = counter.getByRole('status').filter({ hasText: 'Kiosk „Kiosk Eingang“ getrennt' });
    await counter.getByRole('button', { name: /^Nächste Nummer/ }).waitFor();
    expect(await gone.count()).toBe(0);

    await kiosk.close();
    const closedAt = Date.now();
    await expect
      .poll(() => row.textContent(), { timeout: 35_000, interval: 250 })
      .toContain('getrennt – hier zieht niemand eine Nummer');
    expect(Date.now() - closedAt).toBeLessThan(35_000);
    await shot(admin, 'admin-devices-kiosk-offline');
    await expect.poll(() => gone.count(), { timeout: 5000 }).toBe(1);
    expect(await gone.textContent()).toContain('dort zieht niemand eine Nummer');
    await shot(counter, 'counter-kiosk-offline');
    await counter.close();
  });

  it('the printer of a kiosk that went away is "unbekannt", not "bereit"', async () => {
    const token = await redeem(await pairing('kiosk', 'Kiosk Flur'));
    const kiosk = await connect(office.url, { token });
    await kiosk.emitWithAck('printer:report', { state: 'ok', canPrint: true });
    const staff = await connect(office.url, { admin: ADMIN_SECRET });
    const statusOf = async (): Promise<string | undefined> => {
      const sync = await staff.emitWithAck('office:sync');
      return sync.ok ? sync.value.printers.find((p) => p.name === 'Kiosk Flur')?.state : undefined;
    };
    expect(await statusOf()).toBe('ok');
    kiosk.close();
    await expect.poll(statusOf).toBe('unknown');
    staff.close();
  });
});
