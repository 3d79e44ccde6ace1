import type { Ticket } from '@aufruf/core';
import type { HandshakeAuth, Snapshot } from '@aufruf/protocol';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { connect } from './test-hub.ts';

/** The accessible name of the kiosk's follow QR code (German catalog). */
export const QR_NAME = 'QR-Code zum Verfolgen Ihrer Nummer';

/** What the kiosk's ticket screen shows: the number and the address its QR code encodes. */
export interface ShownTicket {
  readonly letter: string;
  readonly number: number;
  readonly followUrl: string;
}

/** Reads "A 17" into its letter and number, whatever the space and padding ("A 017" on paper). */
export function parseTicketNumber(text: string): { letter: string; number: number } {
  const match = /^\s*([A-Z]+)\s*0*(\d+)\s*$/u.exec(text);
  if (!match?.[1] || match[2] === undefined) throw new Error(`not a ticket number: ${JSON.stringify(text)}`);
  return { letter: match[1], number: Number(match[2]) };
}

/** Waits for the ticket screen and reads it. */
export async function shownTicket(page: Page): Promise<ShownTicket> {
  const qr = page.getByRole('img', { name: QR_NAME });
  await expect.poll(() => qr.isVisible(), { timeout: 10_000 }).toBe(true);
  const text = await page.locator('.ticket-number').textContent();
  const followUrl = await qr.getAttribute('data-follow-url');
  if (!followUrl) throw new Error('QR code without data-follow-url');
  return { ...parseTicketNumber(text ?? ''), followUrl };
}

/** The office as a display sees it right now, over a raw socket (demo hub unless auth is given). */
export async function officeSnapshot(
  url: string,
  auth: HandshakeAuth = { demo: 'display' },
): Promise<Snapshot> {
  const socket = await connect(url, auth);
  try {
    const reply = await socket.emitWithAck('office:sync');
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  } finally {
    socket.close();
  }
}

/** Tickets drawn today for one errand letter. */
export async function ticketsWithLetter(
  url: string,
  letter: string,
  auth?: HandshakeAuth,
): Promise<Ticket[]> {
  const { state } = await officeSnapshot(url, auth);
  return Object.values(state.tickets).filter((t) => t.letter === letter);
}
