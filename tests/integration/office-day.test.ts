import { formatTicketNumber } from '@aufruf/core';
import type { Ticket } from '@aufruf/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

let office: TestHub;
const sockets: TestSocket[] = [];

beforeEach(async () => {
  office = await startTestHub();
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await office.stop();
});

async function client(role: 'kiosk' | 'counter' | 'display' = 'kiosk'): Promise<TestSocket> {
  const socket = await connect(office.url, { demo: role });
  sockets.push(socket);
  return socket;
}

async function draw(socket: TestSocket, errandId: string): Promise<Ticket> {
  const reply = await socket.emitWithAck('ticket:draw', { requestId: rid(), errandId });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.ticket;
}

const label = (t: { letter: string; number: number }): string => formatTicketNumber(t, { separator: ' ' });

describe('one office day over real sockets', () => {
  it('two kiosks drawing at the same moment never get the same number', async () => {
    const [kiosk1, kiosk2] = [await client(), await client()];
    const draws = Array.from({ length: 40 }, (_, i) => draw(i % 2 === 0 ? kiosk1 : kiosk2, 'ausweis'));
    const tickets = await Promise.all(draws);
    const numbers = tickets.map((t) => t.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('four counters pressing "next" at the same instant get four different tickets', async () => {
    const kiosk = await client();
    for (let i = 0; i < 6; i++) await draw(kiosk, 'melde');
    const counters = await Promise.all([1, 2, 3, 4].map(() => client('counter')));
    const replies = await Promise.all(
      counters.map((c, i) =>
        c.emitWithAck('counter:call-next', { requestId: rid(), placeId: `platz-${i + 1}` }),
      ),
    );
    const called = replies.map((r) => (r.ok ? r.value.ticket?.id : r.error.code));
    expect(new Set(called).size).toBe(4);
    expect(replies.every((r) => r.ok)).toBe(true);
  });

  it('pushes every change to all clients as events that continue the snapshot', async () => {
    const kiosk = await client();
    const display = await client('display');
    const snapshot = await display.emitWithAck('office:sync');
    if (!snapshot.ok) throw new Error('no snapshot');
    const batches: { after: number; seq: number; types: string[] }[] = [];
    display.on('office:events', (b) =>
      batches.push({ after: b.after, seq: b.seq, types: b.events.map((e) => e.type) }),
    );
    await draw(kiosk, 'gewerbe');
    const counter = await client('counter');
    await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-2' });
    await expect.poll(() => batches.length).toBe(2);
    expect(batches[0]?.after).toBe(snapshot.value.seq);
    expect(batches[1]?.after).toBe(batches[0]?.seq);
    expect(batches.flatMap((b) => b.types)).toContain('TicketCalled');
  });

  it('a retried command (same request id) is applied once and answered with the first reply', async () => {
    const kiosk = await client();
    const requestId = rid();
    const first = await kiosk.emitWithAck('ticket:draw', { requestId, errandId: 'ausweis' });
    const again = await kiosk.emitWithAck('ticket:draw', { requestId, errandId: 'ausweis' });
    expect(again).toEqual(first);
    const next = await draw(kiosk, 'ausweis');
    expect(next.number).toBe(2);
  });

  it('keeps the queue, the held tickets and the numbering across a hub restart', async () => {
    let kiosk = await client();
    const a1 = await draw(kiosk, 'ausweis');
    await draw(kiosk, 'ausweis');
    await draw(kiosk, 'fuehrerschein');
    const counter = await client('counter');
    await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-1' });
    await counter.emitWithAck('counter:pause', { requestId: rid(), placeId: 'platz-3', paused: true });
    const before = await counter.emitWithAck('office:sync');
    for (const s of sockets.splice(0)) s.close();

    office = await office.restart();
    kiosk = await client();
    const after = await kiosk.emitWithAck('office:sync');
    if (!before.ok || !after.ok) throw new Error('no snapshot');
    expect(after.value.state).toEqual(before.value.state);
    expect(after.value.seq).toBe(before.value.seq);
    expect(after.value.state.places['platz-1']?.ticketId).toBe(a1.id);
    expect(after.value.state.places['platz-3']?.paused).toBe(true);
    expect(label(await draw(kiosk, 'ausweis'))).toBe('A 3');
    expect(label(await draw(kiosk, 'fuehrerschein'))).toBe('F 2');
  });

  it('serves a clerk’s whole cycle: call, recall, transfer, done, no-show, put back', async () => {
    const kiosk = await client();
    const counter = await client('counter');
    const a = await draw(kiosk, 'ausweis');
    const send = async (
      name: 'counter:recall' | 'counter:complete' | 'counter:no-show' | 'counter:put-back',
    ) => {
      const reply = await counter.emitWithAck(name, { requestId: rid(), placeId: 'platz-1' });
      if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
      return reply.value;
    };
    await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-1' });
    expect((await send('counter:recall')).ticket?.calls).toBe(2);
    const moved = await counter.emitWithAck('counter:transfer', {
      requestId: rid(),
      placeId: 'platz-1',
      toErrandId: 'melde',
      toPlaceId: 'platz-4',
    });
    expect(moved.ok && moved.value.ticket).toMatchObject({
      id: a.id,
      errandId: 'melde',
      number: 1,
      status: 'waiting',
    });
    const busy = await counter.emitWithAck('counter:complete', { requestId: rid(), placeId: 'platz-1' });
    expect(busy).toMatchObject({ ok: false, error: { code: 'place-idle' } });
    const atFour = await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-4' });
    expect(atFour.ok && atFour.value.ticket?.id).toBe(a.id);
    await counter.emitWithAck('counter:put-back', { requestId: rid(), placeId: 'platz-4' });
    const b = await draw(kiosk, 'sonstiges');
    const outOfTurn = await counter.emitWithAck('counter:call', {
      requestId: rid(),
      placeId: 'platz-2',
      ticketId: b.id,
    });
    expect(outOfTurn.ok && outOfTurn.value.ticket?.status).toBe('called');
    const twice = await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-2' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'place-busy' } });
    expect((await counter.emitWithAck('counter:no-show', { requestId: rid(), placeId: 'platz-2' })).ok).toBe(
      true,
    );
  });

  it('prints a drawn ticket on the hub’s printer once, with its follow address in the QR code', async () => {
    const kiosk = await client();
    const drawRequestId = rid();
    const reply = await kiosk.emitWithAck('ticket:draw', {
      requestId: drawRequestId,
      errandId: 'fuehrerschein',
    });
    if (!reply.ok) throw new Error('draw refused');
    const { ticket, followToken } = reply.value;
    const request = { requestId: rid(), ticketId: ticket.id, drawRequestId };
    const printed = await kiosk.emitWithAck('ticket:print', request);
    expect(printed).toEqual({ ok: true, value: { printed: true, state: 'ok', reason: null } });
    // A retried print request (lost acknowledgement) prints nothing more.
    await kiosk.emitWithAck('ticket:print', request);
    // The ticket of another draw cannot be printed by naming this draw.
    const other = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' });
    const wrong = await kiosk.emitWithAck('ticket:print', {
      requestId: rid(),
      ticketId: other.ok ? other.value.ticket.id : '',
      drawRequestId,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unknown-ticket' } });
    const { readdir, readFile } = await import('node:fs/promises');
    const { decodeEscPos, ticketNumberLine } = await import('@aufruf/printer');
    const dir = `${office.dataDir}/print-preview`;
    const day = (await readdir(dir))[0] ?? '';
    const files = await readdir(`${dir}/${day}`);
    expect(files.filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const decoded = decodeEscPos(
      await readFile(`${dir}/${day}/${files.find((f) => f.endsWith('.bin')) ?? ''}`),
    );
    expect(ticketNumberLine(decoded)?.text).toBe('F 001');
    expect(decoded.lines.map((l) => l.text)).toEqual(
      expect.arrayContaining(['Bürgerbüro Musterstadt', 'Führerschein', 'Vor Ihnen: 0']),
    );
    expect(decoded.qrCodes.map((qr) => qr.data)).toEqual([`${office.url}/t/${followToken}`]);
    expect(decoded.cut).toBe('partial');
  });
});

describe('a new service day', () => {
  it('expires yesterday’s open tickets, restarts numbering, and stays that way after a restart', async () => {
    const { manualClock } = await import('@aufruf/core');
    const clock = manualClock(Date.UTC(2026, 10, 26, 8, 0));
    await office.stop();
    office = await startTestHub({ clock });
    let socket = await client();
    let counter = await client('counter');
    const waiting = await draw(socket, 'ausweis');
    await draw(socket, 'ausweis');
    await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-1' });

    clock.advance(24 * 60 * 60 * 1000);
    const friday = await draw(socket, 'ausweis');
    expect(label(friday)).toBe('A 1');
    expect(friday.day).toBe('2026-11-27');

    for (const s of sockets.splice(0)) s.close();
    office = await office.restart();
    socket = await client();
    counter = await client('counter');
    const snapshot = await socket.emitWithAck('office:sync');
    if (!snapshot.ok) throw new Error('no snapshot');
    const { state } = snapshot.value;
    expect(state.day).toBe('2026-11-27');
    expect(state.tickets.find((t) => t.id === waiting.id)).toBeUndefined();
    expect(state.places['platz-1']?.ticketId).toBeNull();
    // Yesterday's waiting ticket must not be called today.
    const next = await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-2' });
    expect(next.ok && next.value.ticket?.id).toBe(friday.id);
  });
});

describe('follow tokens', () => {
  it('gives the drawing kiosk an unguessable token, stored with the ticket and never broadcast', async () => {
    const kiosk = await client();
    const display = await client('display');
    const pushed: string[] = [];
    // Draws that arrive together are stored and pushed as one batch: count the events.
    display.on('office:events', (batch) => pushed.push(...batch.events.map((e) => JSON.stringify(e))));
    const replies = await Promise.all(
      [1, 2, 3].map(() => kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' })),
    );
    const tokens = replies.map((r) => (r.ok ? r.value.followToken : ''));
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    for (const [i, reply] of replies.entries()) {
      if (!reply.ok) throw new Error('draw refused');
      expect(office.store.findTicketIdByToken(tokens[i] ?? '')).toBe(reply.value.ticket.id);
    }
    await expect.poll(() => pushed.length).toBe(3);
    for (const token of tokens) expect(pushed.join()).not.toContain(token);
    const snapshot = await display.emitWithAck('office:sync');
    expect(JSON.stringify(snapshot)).not.toContain(tokens[0]);
    expect(snapshot.ok && snapshot.value.office.publicUrl).toBe(office.url);
  });
});
