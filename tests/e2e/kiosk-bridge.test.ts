import { ticketPrintSchema } from '@aufruf/protocol';
import type { PairReply, PrinterReport, PrinterStatusInput, TicketPrint } from '@aufruf/protocol';
import { createTicketPrinter, tcpTransport } from '@aufruf/printer';
import type { TicketPrinter } from '@aufruf/printer';
import { PAPER_OUT, startFakePrinter } from '@aufruf/printer/testing';
import type { FakePrinter } from '@aufruf/printer/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { QR_NAME, officeSnapshot, shownTicket, ticketsWithLetter } from '../support/kiosk-page.ts';
import { ADMIN_SECRET, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

// The Electron kiosk, in Chromium without Electron: a fake window.aufrufKiosk / window.aufrufDevice
// stands in for the preload (the real bridge and main process are tested in packages/desktop).

const NOTICE = 'Ticketdruck gerade nicht möglich – Ihre Nummer erscheint auf dem Bildschirm.';

/** What the fake preload records and how the test drives it. */
interface FakeBridge {
  /** Every job the page asked the kiosk's printer to print. */
  readonly calls: unknown[];
  /** The printer's status; changing it notifies the page like the main process does. */
  setStatus(status: PrinterStatusInput): void;
}

let hubPrinter: FakePrinter;
let hubPrints = 0;
let office: TestHub;
let browser: Browser;
let kioskAuth: PairReply;
let displayToken: string;

async function pair(role: string, name: string): Promise<PairReply> {
  const headers = { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' };
  const created = await fetch(`${office.url}/api/admin/pairings`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ role, name }),
  });
  const { code } = (await created.json()) as { code: string };
  const paired = await fetch(`${office.url}/api/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  expect(paired.status).toBe(200);
  return (await paired.json()) as PairReply;
}

beforeAll(async () => {
  // The hub has a printer too, and it is out of paper: the Electron kiosk must neither use it nor
  // take its trouble for its own.
  hubPrinter = await startFakePrinter(PAPER_OUT);
  const inner = createTicketPrinter(
    tcpTransport({ host: '127.0.0.1', port: hubPrinter.port, timeoutMs: 1000 }),
  );
  const counting: TicketPrinter = {
    ...inner,
    print: (ticket) => {
      hubPrints += 1;
      return inner.print(ticket);
    },
  };
  // A production hub: the kiosk gets in only with the token its shell config holds.
  office = await startTestHub({ demo: false, printer: counting });
  kioskAuth = await pair('kiosk', 'Kiosk Eingang');
  displayToken = (await pair('display', 'Anzeige Wartesaal')).token;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
  await hubPrinter?.close();
});

/** A kiosk page with the fake preload: a printer that prints while it can, and the shell's token. */
async function openElectronKiosk(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript((token: string) => {
    type Status = { state: string; canPrint: boolean };
    const calls: unknown[] = [];
    const listeners = new Set<(status: Status) => void>();
    let status: Status = { state: 'ok', canPrint: true };
    // Like the main process: it checks the status first and refuses when nothing would come out.
    const reasons: Record<string, string> = { 'paper-out': 'paper-out', 'cover-open': 'cover-open' };
    Object.assign(window, {
      __fakeBridge: {
        calls,
        setStatus(next: Status) {
          status = next;
          for (const listener of listeners) listener(next);
        },
      },
      aufrufKiosk: {
        print: (job: unknown) => {
          calls.push(JSON.parse(JSON.stringify(job)));
          const reply = status.canPrint
            ? { printed: true, state: status.state, reason: null }
            : { printed: false, state: status.state, reason: reasons[status.state] ?? 'error' };
          return Promise.resolve({ ok: true, value: reply });
        },
        printerStatus: () => Promise.resolve({ ok: true, value: status }),
        onPrinterStatus: (listener: (status: Status) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
      aufrufDevice: { deviceToken: () => Promise.resolve(token) },
    });
  }, kioskAuth.token);
  await page.goto(`${office.url}/kiosk/`);
  await expect.poll(() => page.getByRole('button', { name: /Gewerbe/ }).isEnabled()).toBe(true);
  return page;
}

const bridgeCalls = (page: Page): Promise<unknown[]> =>
  page.evaluate(() => (window as unknown as { __fakeBridge: FakeBridge }).__fakeBridge.calls);

const setBridgeStatus = (page: Page, status: PrinterStatusInput): Promise<void> =>
  page.evaluate((next) => {
    (window as unknown as { __fakeBridge: FakeBridge }).__fakeBridge.setStatus(next);
  }, status);

/** The kiosk's own printer as the hub shows it to staff. */
async function kioskPrinterReport(): Promise<PrinterReport | undefined> {
  const { printers } = await officeSnapshot(office.url, { token: displayToken });
  return printers.find((p) => p.source === kioskAuth.identity.deviceId);
}

describe('the Electron kiosk prints on its own printer', () => {
  it('prints through the bridge with a valid job, never through the hub', async () => {
    const kiosk = await openElectronKiosk(viewports.kiosk);
    // The hub's printer is out of paper, this kiosk's is fine: no notice for the visitor.
    await expect
      .poll(async () =>
        (await officeSnapshot(office.url, { token: displayToken })).printers.map((p) => p.state),
      )
      .toContain('paper-out');
    expect(await kiosk.getByText(NOTICE).count()).toBe(0);
    await expect.poll(async () => (await kioskPrinterReport())?.state).toBe('ok');

    // "Papier fast leer" is for staff: tickets still come out, the visitor is not bothered with it.
    await setBridgeStatus(kiosk, { state: 'paper-near-end', canPrint: true });
    await expect.poll(async () => (await kioskPrinterReport())?.state).toBe('paper-near-end');
    expect(await kiosk.getByText(NOTICE).count()).toBe(0);

    await kiosk.getByRole('button', { name: /Personalausweis/ }).click();
    const shown = await shownTicket(kiosk);
    await expect.poll(() => kiosk.getByText('Bitte entnehmen Sie Ihr Ticket').isVisible()).toBe(true);

    const calls = await bridgeCalls(kiosk);
    expect(calls).toHaveLength(1);
    const job: TicketPrint = ticketPrintSchema.parse(calls[0]);
    expect(job.number).toEqual({ letter: shown.letter, number: shown.number });
    expect(job.followUrl).toBe(shown.followUrl);
    expect(job.officeName).toBe(office.config.office.name);
    expect(job.errandName).toBe('Personalausweis / Reisepass');
    expect(job.timeZone).toBe(office.config.office.timeZone);
    expect(job.ahead).toBe(0);
    // The range the hub expected at the draw (none while no place serves the errand), never more.
    expect(
      job.estimate === null ||
        job.estimate === undefined ||
        job.estimate.minMinutes <= job.estimate.maxMinutes,
    ).toBe(true);
    const [ticket] = await ticketsWithLetter(office.url, 'A', { token: displayToken });
    expect(job.drawnAt).toBe(ticket?.drawnAt);

    expect(hubPrints).toBe(0);
    expect(hubPrinter.jobs).toHaveLength(0);
    await shot(kiosk, 'kiosk-bridge-printed');
    await kiosk.close();
  });

  it('a bridge status "paper-out" tells the visitor and reaches staff; the number still comes', async () => {
    const kiosk = await openElectronKiosk(viewports.tv);
    await setBridgeStatus(kiosk, { state: 'paper-out', canPrint: false });
    await expect.poll(() => kiosk.getByText(NOTICE).isVisible()).toBe(true);
    await expect
      .poll(async () => await kioskPrinterReport())
      .toMatchObject({
        name: 'Kiosk Eingang',
        state: 'paper-out',
        canPrint: false,
      });
    await shot(kiosk, 'kiosk-bridge-paper-out-start');

    // In English this time: every word of the printer trouble comes from the catalog.
    await kiosk.getByRole('button', { name: 'English' }).click();
    await kiosk.getByRole('button', { name: /Business registration/ }).click();
    await expect
      .poll(() => kiosk.getByRole('img', { name: 'QR code to follow your number' }).isVisible())
      .toBe(true);
    const status = kiosk.getByRole('status').filter({ hasText: 'Your ticket could not be printed' });
    await expect.poll(() => status.isVisible()).toBe(true);
    expect(await status.textContent()).toContain('The printer has run out of paper.');
    await shot(kiosk, 'kiosk-bridge-paper-out-en');

    const queued = await ticketsWithLetter(office.url, 'G', { token: displayToken });
    expect(queued.map((t) => t.status)).toEqual(['waiting']);
    expect(await bridgeCalls(kiosk)).toHaveLength(1);
    expect(hubPrints).toBe(0);

    // Paper back: the notice goes, staff see it is fine again.
    await kiosk.getByRole('button', { name: 'Done' }).click();
    await setBridgeStatus(kiosk, { state: 'ok', canPrint: true });
    await expect.poll(() => kiosk.getByText(/your number will be shown on the screen/).count()).toBe(0);
    await expect.poll(async () => (await kioskPrinterReport())?.state).toBe('ok');

    // The number owes its paper, where it was drawn and in the visitor's language; the office reprints
    // it on this kiosk's printer (the hub's own printer is not touched).
    const [owed] = [...office.hub.office.state().tickets.values()].filter((t) => t.unprinted);
    expect(owed?.unprinted).toEqual({
      fault: 'paper-out',
      source: `device:${kioskAuth.identity.deviceId}`,
      language: 'en',
    });
    const reprint = await fetch(`${office.url}/api/admin/tickets/${owed?.id}/reprint`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await reprint.json()).toEqual({ printed: true, state: 'ok', reason: null });
    const calls = await bridgeCalls(kiosk);
    expect(calls).toHaveLength(2);
    const job = ticketPrintSchema.parse(calls[1]);
    expect(job.number).toEqual({ letter: 'G', number: owed?.number });
    expect(job.localized?.language).toBe('en');
    expect(office.hub.office.state().tickets.get(owed?.id ?? '')?.unprinted).toBeUndefined();
    expect(hubPrints).toBe(0);
    await kiosk.close();
  });

  it('reports its printer again after the hub restarted', async () => {
    const kiosk = await openElectronKiosk(viewports.kiosk);
    await setBridgeStatus(kiosk, { state: 'cover-open', canPrint: false });
    await expect.poll(async () => (await kioskPrinterReport())?.state).toBe('cover-open');
    office = await office.restart();
    await expect
      .poll(async () => (await kioskPrinterReport())?.state, { timeout: 15_000 })
      .toBe('cover-open');

    await kiosk.getByRole('button', { name: /Sonstiges/ }).click();
    await shownTicket(kiosk);
    await expect.poll(() => kiosk.getByText('Die Klappe des Druckers ist offen.').isVisible()).toBe(true);
    expect(await kiosk.getByRole('img', { name: QR_NAME }).isVisible()).toBe(true);
    await shot(kiosk, 'kiosk-bridge-cover-open');
    expect(hubPrints).toBe(0);
    await kiosk.close();
  });
});
