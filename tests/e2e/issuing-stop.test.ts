import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openKiosk, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// Issue 13: "für Führerscheine heute keine Nummern mehr". The office head stops the issue of numbers for
// one errand on the admin page; the kiosk's tile says why at once, and the hub refuses such a number.

let office: TestHub;
let browser: Browser;
let admin: Page;
let kiosk: Page;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
  admin = await browser.newPage({ viewport: viewports.counter });
  await admin.goto(`${office.url}/admin/`);
  await admin.getByLabel('Admin-Schlüssel').fill(ADMIN_SECRET);
  await admin.getByRole('button', { name: 'Anmelden' }).click();
  await admin.getByRole('region', { name: 'Wartend je Anliegen' }).waitFor();
  kiosk = await openKiosk(browser, office.url);
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await browser?.close();
  await office?.stop();
});

const tile = (name: string) => kiosk.getByRole('button', { name: new RegExp(name) });

async function draw(errandId: string): Promise<string> {
  const socket = await connect(office.url, { demo: 'kiosk' });
  sockets.push(socket);
  const reply = await socket.emitWithAck('ticket:draw', { requestId: rid(), errandId });
  return reply.ok ? `${reply.value.ticket.letter} ${reply.value.ticket.number}` : reply.error.code;
}

describe('stopping the issue of numbers', () => {
  it('for one errand: its kiosk tile says so within 2 s and the hub refuses such a number', async () => {
    expect(await draw('fuehrerschein')).toBe('F 1');
    await expect.poll(() => tile('Führerschein').isEnabled()).toBe(true);

    const waiting = admin.getByRole('region', { name: 'Wartend je Anliegen' });
    await waiting.getByRole('button', { name: 'Ausgabe für Führerschein stoppen' }).click();
    await expect
      .poll(() => tile('Führerschein').textContent(), { timeout: 2000, interval: 100 })
      .toContain('Heute keine Nummern mehr');
    expect(await tile('Führerschein').isDisabled()).toBe(true);
    // The other errands go on; the visitor who has F 1 keeps it.
    expect(await tile('Meldeangelegenheiten').isEnabled()).toBe(true);
    expect(await draw('fuehrerschein')).toBe('issuing-stopped');
    expect(await draw('melde')).toBe('M 1');
    const row = waiting.getByRole('row', { name: /Führerschein/ });
    await expect.poll(() => row.textContent()).toContain('gestoppt');
    await shot(admin, 'admin-issuing-stopped');
    await shot(kiosk, 'kiosk-issuing-stopped');
    // The clerks see it too: nobody new comes for that errand.
    const counter = await browser.newPage({ viewport: viewports.counter });
    await counter.goto(`${office.url}/counter/?platz=platz-1`);
    const queue = counter.getByRole('region', { name: 'Ihre Anliegen' }).getByRole('listitem').filter({
      hasText: 'Führerschein',
    });
    await expect.poll(() => queue.textContent()).toContain('keine neuen Nummern');
    await shot(counter, 'counter-issuing-stopped');
    await counter.close();

    await waiting.getByRole('button', { name: 'Ausgabe für Führerschein fortsetzen' }).click();
    await expect.poll(() => tile('Führerschein').isEnabled(), { timeout: 2000, interval: 100 }).toBe(true);
    expect(await draw('fuehrerschein')).toBe('F 2');
  });

  it('for all errands at once, and back, and it survives a restart of the hub', async () => {
    const waiting = admin.getByRole('region', { name: 'Wartend je Anliegen' });
    await waiting.getByRole('button', { name: 'Ausgabe für alle stoppen' }).click();
    // Nothing left to choose: one calm screen instead of five greyed tiles.
    await expect.poll(() => tile('Personalausweis').count(), { timeout: 2000, interval: 100 }).toBe(0);
    expect(await tile('Gewerbe').count()).toBe(0);
    office = await office.restart();
    expect(await draw('gewerbe')).toBe('issuing-stopped');
    // The admin page reconnects by itself and shows the stops the hub kept.
    const resume = waiting.getByRole('button', { name: 'Ausgabe für alle fortsetzen' });
    await expect.poll(() => resume.isEnabled(), { timeout: 15_000 }).toBe(true);
    await resume.click();
    await expect.poll(() => draw('gewerbe')).toBe('G 1');
  });
});
