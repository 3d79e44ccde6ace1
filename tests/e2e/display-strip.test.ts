import { createTicketPrinter, tcpTransport } from '@aufruf/printer';
import { PAPER_OUT, startFakePrinter } from '@aufruf/printer/testing';
import { describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { connect, openCounters, rid, startTestHub } from '../support/test-hub.ts';

describe('the display’s bottom strip', () => {
  it('shows who is ahead and the expected wait per errand and tells staff when a printer cannot print', async () => {
    const printer = await startFakePrinter(PAPER_OUT);
    const office = await startTestHub({
      printer: createTicketPrinter(tcpTransport({ host: '127.0.0.1', port: printer.port, timeoutMs: 1000 })),
    });
    const browser = await launchBrowser();
    const clerks = await openCounters(office);
    try {
      const kiosk = await connect(office.url, { demo: 'kiosk' });
      for (let i = 0; i < 5; i++)
        await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'gewerbe' });
      kiosk.close();
      const page = await browser.newPage({ viewport: viewports.tv });
      await page.goto(`${office.url}/display/?sound=off`);
      const strip = page.getByRole('list', { name: 'Wartezeiten' });
      // The newest of five: four ahead of it, and its wait in the one wording every screen uses.
      await expect
        .poll(() => strip.getByRole('listitem').filter({ hasText: 'Gewerbe' }).textContent())
        .toMatch(/Gewerbe\s*Vor Ihnen: 4 \(G\s5\)\s*(ca\. \d+–\d+|unter \d+) Minuten$/);
      const staff = page.getByRole('status').filter({ hasText: 'Hinweis für das Personal' });
      await expect.poll(() => staff.textContent(), { timeout: 10_000 }).toContain('Drucker am Server');
      await shot(page, 'display-strip-staff-alert');
      await page.close();
    } finally {
      for (const clerk of clerks) clerk.close();
      await browser.close();
      await office.stop();
      await printer.close();
    }
  });
});
