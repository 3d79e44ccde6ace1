import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openAdmin, openKiosk, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// Issue 13, the exceptions of a real day: a clerk takes back a wrong "Erledigt" ("Rückgängig"), the
// office head cancels one number with a reason ("Stornieren") and closes the day early ("Tag
// schließen"). Each is a command of the hub; the visitor's phone says what happened to their number.

let office: TestHub;
let browser: Browser;
let admin: Page;
let kiosk: TestSocket;

beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
  kiosk = await connect(office.url, { demo: 'kiosk' });
  admin = await openAdmin(browser, office.url, ADMIN_SECRET);
  await admin.getByRole('region', { name: 'Der Tag' }).waitFor();
});
afterAll(async () => {
  kiosk?.close();
  await browser?.close();
  await office?.stop();
});

async function draw(errandId: string) {
  const reply = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
  if (!reply.ok) throw new Error(reply.error.code);
  return reply.value;
}

async function phone(token: string): Promise<Page> {
  const page = await browser.newPage({ viewport: viewports.phone, locale: 'de-DE' });
  await page.goto(`${office.url}/t/${token}`);
  await page
    .getByText(/^Vor Ihnen/)
    .first()
    .waitFor();
  return page;
}

/** The counter takes one press a second (press-guard.ts). */
const settle = (page: Page) => page.waitForTimeout(1100);

describe('the exceptions of a day', () => {
  it('takes back a wrong "Erledigt" within two minutes: the number is at the desk again', async () => {
    await draw('ausweis');
    const counter = await browser.newPage({ viewport: viewports.counter });
    await counter.goto(`${office.url}/counter/?platz=platz-1`);
    await counter.getByRole('button', { name: /^Nächste Nummer/ }).click();
    await counter.getByRole('button', { name: /^Erledigt/ }).waitFor();
    await settle(counter);
    await counter.getByRole('button', { name: /^Erledigt/ }).click();

    const undo = counter.getByRole('button', { name: /^A\s1 erledigt – rückgängig machen$/ });
    await undo.waitFor();
    await shot(counter, 'counter-undo-offered');
    await undo.click();
    await counter.getByRole('button', { name: /^Erledigt/ }).waitFor();
    expect(await counter.locator('.serving__number').textContent()).toMatch(/^A\s1$/);
    await settle(counter);
    await counter.getByRole('button', { name: /^Erledigt/ }).click();
    await undo.waitFor();
    await counter.close();
  });

  it('cancels one number with a reason, and its phone says so', async () => {
    const a2 = await draw('ausweis');
    const follower = await phone(a2.followToken);
    const day = admin.getByRole('region', { name: 'Der Tag' });
    await day.getByLabel('Nummer stornieren').fill('a2');
    await expect
      .poll(() => day.textContent())
      .toMatch(/A\s2 · Personalausweis \/ Reisepass · wartet seit \d\d:\d\d/);
    await day.getByLabel('Grund (für das Änderungsprotokoll)').fill('doppelt gezogen');
    await shot(admin, 'admin-cancel-number');
    await day.getByRole('button', { name: 'Stornieren' }).click();
    await day
      .getByRole('status')
      .filter({ hasText: /A\s2 ist storniert/ })
      .waitFor();
    await follower.getByRole('heading', { name: 'Ihre Nummer wurde storniert' }).waitFor({ timeout: 2000 });
    await shot(follower, 'phone-cancelled');
    await follower.close();

    // Cancelled once is ended: the hub refuses it again.
    const again = await fetch(`${office.url}/api/admin/tickets/${a2.ticket.id}/cancel`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(again.status).toBe(409);
  });

  it('closes the day: every open number ends, phones are told, the kiosk hands out no more', async () => {
    const m1 = await draw('melde');
    await draw('melde');
    const follower = await phone(m1.followToken);
    const kioskPage = await openKiosk(browser, office.url);

    const day = admin.getByRole('region', { name: 'Der Tag' });
    await day.getByRole('button', { name: 'Tag schließen …' }).click();
    const confirm = day.getByRole('group', { name: /^Offene Nummern: 2\./ });
    await confirm.waitFor();
    await confirm.getByLabel('Grund (für das Änderungsprotokoll)').fill('Netzausfall im Haus');
    await shot(admin, 'admin-close-day');
    await confirm.getByRole('button', { name: 'Tag jetzt schließen' }).click();
    await day
      .getByRole('status')
      .filter({ hasText: 'Der Tag ist geschlossen; beendete Nummern: 2.' })
      .waitFor();

    await follower
      .getByRole('heading', { name: 'Das Bürgerbüro hat für heute geschlossen' })
      .waitFor({ timeout: 2000 });
    await shot(follower, 'phone-day-closed');
    // One closed screen (with the next opening where the office has hours), not a row of greyed tiles.
    const closed = kioskPage
      .getByRole('status')
      .filter({ hasText: 'Heute werden keine Nummern mehr ausgegeben.' });
    await expect.poll(() => closed.isVisible(), { timeout: 2000 }).toBe(true);
    expect(
      await kioskPage.getByRole('heading', { name: 'Zurzeit werden keine Nummern ausgegeben.' }).isVisible(),
    ).toBe(true);
    expect(await kioskPage.getByRole('button', { name: /Meldeangelegenheiten/ }).count()).toBe(0);
    const refused = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
    expect(refused.ok ? 'drawn' : refused.error.code).toBe('issuing-stopped');
    await shot(kioskPage, 'kiosk-day-closed');
    await kioskPage.close();
    await follower.close();
  });
});
