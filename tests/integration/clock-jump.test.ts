import { Writable } from 'node:stream';
import { join } from 'node:path';
import { formatTicketNumber, manualClock } from '@aufruf/core';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

/** 10:00 on Thursday 2026-11-26 in Berlin. */
const THURSDAY_10AM = Date.UTC(2026, 10, 26, 9, 0);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let office: TestHub | undefined;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await office?.stop();
  office = undefined;
});

async function client(hub: TestHub, role: 'kiosk' | 'counter' = 'kiosk'): Promise<TestSocket> {
  const socket = await connect(hub.url, { demo: role });
  sockets.push(socket);
  return socket;
}

/** Draws a number and says it as the ticket does ("A 2 2026-11-27"), or the refusal's code. */
async function draw(socket: TestSocket): Promise<string> {
  const reply = await socket.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
  return reply.ok
    ? `${formatTicketNumber(reply.value.ticket, { separator: ' ' })} ${reply.value.ticket.day}`
    : reply.error.code;
}

function logLines(): { lines: Record<string, unknown>[]; sink: Writable } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, sink };
}

describe('a clock that jumps', () => {
  it('a day ahead and back keeps drawing with running numbers, also across a restart', async () => {
    const { lines, sink } = logLines();
    const clock = manualClock(THURSDAY_10AM);
    office = await startTestHub({ clock, logger: pino({ level: 'info' }, sink) });
    let kiosk = await client(office);
    expect([await draw(kiosk), await draw(kiosk)]).toEqual(['A 1 2026-11-26', 'A 2 2026-11-26']);

    // A wrong time server puts the clock a day ahead: to the hub that is Friday, a new day.
    clock.set(THURSDAY_10AM + DAY);
    office.hub.office.rollOver();
    expect(await draw(kiosk)).toBe('A 1 2026-11-27');

    // Corrected back to Thursday: the office keeps its Friday and its numbers run on.
    clock.set(THURSDAY_10AM + 5 * MINUTE);
    office.hub.office.rollOver();
    expect([await draw(kiosk), await draw(kiosk)]).toEqual(['A 2 2026-11-27', 'A 3 2026-11-27']);
    const counter = await client(office, 'counter');
    const called = await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-1' });
    expect(called.ok && called.value.ticket?.day).toBe('2026-11-27');
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'the clock went back', clockDay: '2026-11-26' }),
    );

    // A restart while the clock is still behind resumes Friday's queue and numbering.
    for (const s of sockets.splice(0)) s.close();
    office = await office.restart();
    kiosk = await client(office);
    expect(await draw(kiosk)).toBe('A 4 2026-11-27');

    // The real Friday arrives: still the same day, so the numbers go on.
    clock.set(THURSDAY_10AM + DAY + 2 * MINUTE);
    office.hub.office.rollOver();
    expect(await draw(kiosk)).toBe('A 5 2026-11-27');
  });

  it('back to a day the store already has numbers for continues them', async () => {
    const clock = manualClock(THURSDAY_10AM + DAY);
    office = await startTestHub({ clock });
    const kiosk = await client(office);
    for (let i = 0; i < 3; i++) await draw(kiosk);
    // As an older hub left it when the clock went back a day: Friday's numbers closed, Thursday current.
    const stopped = await office.restart(() => {
      const db = new Database(join(office?.dataDir ?? '', 'aufruf.sqlite'));
      db.exec("UPDATE tickets SET status = 'expired', finished_at = drawn_at");
      db.exec("UPDATE office_state SET value = '2026-11-26' WHERE key = 'day'");
      db.close();
      return Promise.resolve();
    });
    office = stopped;
    // Friday starts again: A 1 to A 3 are taken, so the next is A 4, not a refused A 1.
    expect(await draw(await client(office))).toBe('A 4 2026-11-27');
  });
});
