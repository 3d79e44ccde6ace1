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
  return [...state.tickets.values()].filter((t) => t.letter === letter);
}

/** One thing the kiosk said through speechSynthesis, with the voice's language. */
export interface Utterance {
  readonly text: string;
  readonly lang: string;
}

/**
 * An init script that records what the kiosk says instead of playing it (Chromium here has no
 * voices): pass it to page.addInitScript, read it back with spokenSoFar.
 */
export const RECORD_SPEECH = (): void => {
  const spoken: Utterance[] = [];
  (window as unknown as { spoken: Utterance[] }).spoken = spoken;
  window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
    spoken.push({ text: utterance.text, lang: utterance.lang });
  };
  window.speechSynthesis.cancel = () => undefined;
};

/** Everything the page has said since it was opened (see RECORD_SPEECH). */
export const spokenSoFar = (page: Page): Promise<Utterance[]> =>
  page.evaluate(() => (window as unknown as { spoken: Utterance[] }).spoken);

/** Changes the office's settings through the admin API, as the admin page does. */
export async function changeSettings(
  url: string,
  adminSecret: string,
  change: (settings: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const headers = { authorization: `Bearer ${adminSecret}` };
  const doc = (await (await fetch(`${url}/api/admin/settings`, { headers })).json()) as {
    version: number;
    settings: Record<string, unknown>;
  };
  const saved = await fetch(`${url}/api/admin/settings`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ version: doc.version, by: 'test', settings: change(doc.settings) }),
  });
  if (saved.status !== 200) throw new Error(`settings refused: ${saved.status} ${await saved.text()}`);
}
