import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

let office: TestHub;
let browser: Browser;
const headers = { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' };

beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
  // Strict rules for the test: one recall, "Nicht erschienen" three seconds after the call.
  const doc = (await (await fetch(`${office.url}/api/admin/settings`, { headers })).json()) as {
    version: number;
    settings: { rules: object; errands: { id: string }[] };
  };
  const settings = {
    ...doc.settings,
    rules: { ...doc.settings.rules, maxRecalls: 1, noShowAfterSeconds: 3 },
    errands: doc.settings.errands.map((e) => (e.id === 'melde' ? { ...e, priority: true } : e)),
  };
  const saved = await fetch(`${office.url}/api/admin/settings`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ version: doc.version, by: 'test', settings }),
  });
  expect(saved.status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

describe('the counter follows the calling rules', () => {
  it('calls a priority ticket first, marks it, limits recalls and holds "Nicht erschienen" back', async () => {
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' });
    await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde', kind: 'priority' });
    kiosk.close();

    const page = await browser.newPage({ viewport: viewports.counter });
    await page.goto(`${office.url}/counter/?platz=platz-1`);
    const waiting = page.getByRole('list', { name: 'Wartende Nummern' });
    await waiting.getByText('Vorrang').waitFor();
    await page.getByRole('button', { name: /^Nächste Nummer/ }).click();

    // The priority ticket M 2 comes before M 1, which waited longer.
    await page.locator('.serving__number').filter({ hasText: /M\s*2/ }).waitFor();
    const noShow = page.getByRole('button', { name: /^Nicht erschienen/ });
    expect(await noShow.isDisabled()).toBe(true);
    await page.getByText(/„Nicht erschienen“ ab \d\d:\d\d:\d\d Uhr/).waitFor();
    await shot(page, 'counter-rules');

    // A click within a second of the call is taken for a double click and does nothing; a clerk's
    // "Erneut aufrufen" comes later.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const recall = page.getByRole('button', { name: /^Erneut aufrufen/ });
    await recall.click();
    await page.getByText('So oft aufgerufen, wie die Aufrufregeln erlauben').waitFor();
    expect(await recall.isDisabled()).toBe(true);

    await expect.poll(() => noShow.isEnabled(), { timeout: 10_000 }).toBe(true);
    await noShow.click();
    await page.getByRole('button', { name: /^Nächste Nummer/ }).waitFor();
    await page.close();
  });
});
