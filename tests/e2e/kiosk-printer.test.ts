import { createTicketPrinter, decodeEscPos, tcpTransport, ticketNumberLine } from '@aufruf/printer';
import { PAPER_OUT, READY, startFakePrinter } from '@aufruf/printer/testing';
import type { FakePrinter } from '@aufruf/printer/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openAdmin, shot, viewports } from '../support/browser.ts';
import { QR_NAME, parseTicketNumber, shownTicket, ticketsWithLetter } from '../support/kiosk-page.ts';
import type { ShownTicket } from '../support/kiosk-page.ts';
import { ADMIN_SECRET, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

// A browser kiosk: the hub prints on a network printer (here a fake one speaking ESC/POS on port 0).

let printer: FakePrinter;
let office: TestHub;
let browser: Browser;

beforeAll(async () => {
  printer = await startFakePrinter(READY);
  office = await startTestHub({
    printer: createTicketPrinter(tcpTransport({ host: '127.0.0.1', port: printer.port, timeoutMs: 1000 })),
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
  await printer?.close();
});

async function openKiosk(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${office.url}/kiosk/`);
  await expect.poll(() => page.getByRole('button', { name: /Gewerbe/ }).isEnabled()).toBe(true);
  return page;
}

async function backToStart(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fertig' }).click();
  await expect.poll(() => page.getByRole('button', { name: /Gewerbe/ }).isVisible()).toBe(true);
}

/** The number and QR code of a printed job, as the printer would put them on paper. */
function printedTicket(job: Buffer): { letter: string; number: number; qr: string | undefined } {
  const decoded = decodeEscPos(job);
  const line = ticketNumberLine(decoded);
  return { ...parseTicketNumber(line?.text ?? ''), qr: decoded.qrCodes[0]?.data };
}

/** The number and the QR code must not overlap: the number stays the biggest thing on screen. */
async function expectQrBesideNumber(page: Page): Promise<void> {
  const number = await page.locator('.ticket-number').boundingBox();
  const qr = await page.getByRole('img', { name: QR_NAME }).boundingBox();
  if (!number || !qr) throw new Error('number or QR code not laid out');
  expect(qr.width).toBeGreaterThanOrEqual(260);
  const apart =
    qr.y >= number.y + number.height ||
    number.y >= qr.y + qr.height ||
    qr.x >= number.x + number.width ||
    number.x >= qr.x + qr.width;
  expect(apart).toBe(true);
  expect(number.height).toBeGreaterThan(qr.height * 0.8);
}

describe('the browser kiosk prints on the hub printer', () => {
  it('prints exactly one ticket per draw, with the number and QR code shown on screen', async () => {
    const kiosk = await openKiosk(viewports.kiosk);
    await kiosk.getByRole('button', { name: /Personalausweis/ }).click();
    const shown = await shownTicket(kiosk);
    await expect.poll(() => kiosk.getByText('Bitte entnehmen Sie Ihr Ticket').isVisible()).toBe(true);
    await expect.poll(() => printer.jobs.length).toBe(1);

    const paper = printedTicket(printer.jobs[0] ?? Buffer.alloc(0));
    expect({ letter: paper.letter, number: paper.number }).toEqual({
      letter: shown.letter,
      number: shown.number,
    });
    expect(paper.qr).toBe(shown.followUrl);
    expect(shown.followUrl).toMatch(/\/t\/[\w-]+$/);
    await expectQrBesideNumber(kiosk);
    await shot(kiosk, 'kiosk-printer-printed-portrait');
    await backToStart(kiosk);
    await kiosk.close();

    const landscape = await openKiosk(viewports.tv);
    await landscape.getByRole('button', { name: /Sonstiges/ }).click();
    await shownTicket(landscape);
    await expect.poll(() => printer.jobs.length).toBe(2);
    await expect.poll(() => landscape.getByText('Bitte entnehmen Sie Ihr Ticket').isVisible()).toBe(true);
    await expectQrBesideNumber(landscape);
    await shot(landscape, 'kiosk-printer-printed-landscape');
    await landscape.close();
  });

  it('a double tap draws one number and prints one ticket', async () => {
    const kiosk = await openKiosk(viewports.kiosk);
    const jobsBefore = printer.jobs.length;

    // Two taps in the same moment, before React can disable the tile.
    await kiosk.getByRole('button', { name: /Meldeangelegenheiten/ }).evaluate((tile: HTMLElement) => {
      tile.click();
      tile.click();
    });
    const first = await shownTicket(kiosk);
    await backToStart(kiosk);
    // A real double tap with the mouse.
    await kiosk.getByRole('button', { name: /Führerschein/ }).dblclick();
    await shownTicket(kiosk);

    // Give a second draw or print every chance to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(first.letter).toBe('M');
    expect(await ticketsWithLetter(office.url, 'M')).toHaveLength(1);
    expect(await ticketsWithLetter(office.url, 'F')).toHaveLength(1);
    expect(printer.jobs.length - jobsBefore).toBe(2);
    await kiosk.close();
  });

  it('without paper: the number and QR code on screen, the ticket still queued, staff alerted', async () => {
    printer.answers = PAPER_OUT;
    const jobsBefore = printer.jobs.length;
    const kiosk = await openKiosk(viewports.kiosk);
    const counter = await browser.newPage({ viewport: viewports.counter });
    await counter.goto(`${office.url}/counter/?platz=platz-1`);

    await kiosk.getByRole('button', { name: /Gewerbe/ }).click();
    const shown: ShownTicket = await shownTicket(kiosk);
    const notice = kiosk.getByRole('status').filter({ hasText: 'Ihr Ticket konnte nicht gedruckt werden' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Der Drucker hat kein Papier mehr.');
    expect(await notice.textContent()).toContain('fotografieren Sie den QR-Code');
    expect(await kiosk.locator('.ticket-number').isVisible()).toBe(true);
    expect(await kiosk.getByRole('img', { name: QR_NAME }).isVisible()).toBe(true);
    // The visitor gets longer to note the number than with a paper ticket (15 s).
    expect(await kiosk.getByText(/Startseite in \d+ s/).textContent()).toMatch(/in (4\d|3[1-9]) s/);
    await expectQrBesideNumber(kiosk);
    await shot(kiosk, 'kiosk-printer-paper-out-portrait');

    const queued = await ticketsWithLetter(office.url, 'G');
    expect(queued.map((t) => [t.number, t.status])).toEqual([[shown.number, 'waiting']]);
    expect(printer.jobs.length).toBe(jobsBefore);

    const alert = counter.locator('.printer-status').filter({ hasText: /kein Papier/ });
    await expect.poll(() => alert.isVisible(), { timeout: 10_000 }).toBe(true);
    // Staff see which number owes its paper, not only which printer failed.
    const owed = counter.getByText(`G ${shown.number} nicht gedruckt: kein Papier`);
    await expect.poll(() => owed.isVisible()).toBe(true);
    await shot(counter, 'kiosk-printer-counter-alert');

    // The next visitor is told before choosing; drawing still works.
    await backToStart(kiosk);
    const startNotice = kiosk.getByText(
      'Ticketdruck gerade nicht möglich – Ihre Nummer erscheint auf dem Bildschirm.',
    );
    await expect.poll(() => startNotice.isVisible()).toBe(true);
    expect(await kiosk.getByRole('button', { name: /Gewerbe/ }).isEnabled()).toBe(true);
    await shot(kiosk, 'kiosk-printer-paper-out-start');

    const landscape = await openKiosk(viewports.tv);
    await expect
      .poll(() => landscape.getByText(/Ihre Nummer erscheint auf dem Bildschirm/).isVisible())
      .toBe(true);
    await landscape.getByRole('button', { name: /Sonstiges/ }).click();
    await shownTicket(landscape);
    await expect.poll(() => landscape.getByText('Der Drucker hat kein Papier mehr.').isVisible()).toBe(true);
    await expectQrBesideNumber(landscape);
    await shot(landscape, 'kiosk-printer-paper-out-landscape');
    expect(printer.jobs.length).toBe(jobsBefore);

    await Promise.all([kiosk.close(), counter.close(), landscape.close()]);
  });

  it('with paper back, "Neu drucken" prints the owed tickets from the counter and the admin page', async () => {
    printer.answers = READY;
    const counter = await browser.newPage({ viewport: viewports.counter });
    await counter.goto(`${office.url}/counter/?platz=platz-1`);
    const owedLines = counter.locator('.unprinted__item');
    await expect.poll(() => owedLines.count()).toBe(2);
    const [gewerbe, sonstiges] = [...office.hub.office.state().tickets.values()].filter((t) => t.unprinted);
    if (!gewerbe || !sonstiges) throw new Error('two owed tickets expected');
    expect(gewerbe.unprinted).toEqual({ fault: 'paper-out', source: 'hub', language: 'de' });

    const jobsBefore = printer.jobs.length;
    const gNumber = `${gewerbe.letter} ${gewerbe.number}`;
    await counter.getByRole('button', { name: `${gNumber} neu drucken` }).click();
    await expect.poll(() => printer.jobs.length).toBe(jobsBefore + 1);
    expect(printedTicket(printer.jobs.at(-1) ?? Buffer.alloc(0))).toMatchObject({
      letter: gewerbe.letter,
      number: gewerbe.number,
    });
    await expect
      .poll(() =>
        counter
          .getByRole('status')
          .filter({ hasText: `${gNumber} wurde gedruckt.` })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => owedLines.count()).toBe(1);
    await shot(counter, 'counter-reprinted');

    const admin = await openAdmin(browser, office.url, ADMIN_SECRET);
    const sNumber = `${sonstiges.letter} ${sonstiges.number}`;
    const reprint = admin.getByRole('button', { name: `${sNumber} neu drucken` });
    await expect.poll(() => reprint.isVisible(), { timeout: 10_000 }).toBe(true);
    await shot(admin, 'admin-unprinted');
    await reprint.click();
    await expect.poll(() => printer.jobs.length).toBe(jobsBefore + 2);
    expect(printedTicket(printer.jobs.at(-1) ?? Buffer.alloc(0)).number).toBe(sonstiges.number);
    await expect.poll(() => owedLines.count()).toBe(0);
    // Printed once each: a second press has nothing left to print.
    const again = await fetch(`${office.url}/api/admin/tickets/${sonstiges.id}/reprint`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(again.status).toBe(409);
    expect(printer.jobs.length).toBe(jobsBefore + 2);
    await Promise.all([counter.close(), admin.close()]);
  });

  it('with paper back, the next ticket prints and the notice goes away', async () => {
    printer.answers = READY;
    const jobsBefore = printer.jobs.length;
    const kiosk = await openKiosk(viewports.kiosk);
    await kiosk.getByRole('button', { name: /Gewerbe/ }).click();
    const shown = await shownTicket(kiosk);
    await expect.poll(() => kiosk.getByText('Bitte entnehmen Sie Ihr Ticket').isVisible()).toBe(true);
    await expect.poll(() => printer.jobs.length).toBe(jobsBefore + 1);
    expect(printedTicket(printer.jobs.at(-1) ?? Buffer.alloc(0)).number).toBe(shown.number);
    await backToStart(kiosk);
    expect(await kiosk.getByText(/Ihre Nummer erscheint auf dem Bildschirm/).count()).toBe(0);
    await kiosk.close();
  });
});
