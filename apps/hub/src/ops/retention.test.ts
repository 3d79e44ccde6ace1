import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decide, initialState, manualClock } from '@aufruf/core';
import type { Command } from '@aufruf/core';
import { changedRows, openStore } from '@aufruf/store';
import type { Store } from '@aufruf/store';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../config/config.ts';
import { officeSetup } from '../settings/office-settings.ts';
import { applyRetention } from './retention.ts';

const stores: Store[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const DAY = 24 * 60 * 60 * 1000;
const config = parseConfig({});
const setup = officeSetup(config);

/** A store driven like the hub drives it: decide, then commit the changed rows and a follow token. */
function office(start: number) {
  const dir = mkdtempSync(join(tmpdir(), 'aufruf-retention-'));
  dirs.push(dir);
  const store = openStore({ file: join(dir, 'aufruf.sqlite') });
  stores.push(store);
  const clock = manualClock(start);
  let state = initialState(setup, '');
  let ids = 0;
  const run = (command: Command): void => {
    const decision = decide(state, command, { setup, now: clock.now(), newId: () => `t${++ids}` });
    if (!decision.ok) throw new Error(decision.error.code);
    const { after, tickets, places } = changedRows(state, decision.value);
    const drawn = decision.value.flatMap((e) => (e.type === 'TicketDrawn' ? [e.ticket.id] : []));
    store.commit({
      requestId: null,
      command: command.type,
      events: decision.value,
      tickets,
      places,
      reply: null,
      at: clock.now(),
      followTokens: drawn.map((ticketId) => ({ ticketId, token: `token-${ticketId}` })),
    });
    state = after;
  };
  return {
    store,
    clock,
    draw: (errandId: string) => run({ type: 'draw', errandId }),
    serveNext: (placeId: string) => {
      run({ type: 'call-next', placeId });
      clock.advance(5 * 60_000);
      run({ type: 'complete', placeId });
    },
  };
}

describe('retention in the hub', () => {
  it('deletes ticket details once more than retention.ticketDays days have passed, keeping the figures', async () => {
    const start = Date.UTC(2025, 2, 10, 8); // Monday 09:00 in Berlin
    const o = office(start);
    o.draw('fuehrerschein');
    o.clock.advance(10 * 60_000);
    o.serveNext('platz-1');
    const token = o.store.findTokenOfTicket('t1');
    expect(token).toBe('token-t1');
    const options = {
      store: o.store,
      ticketDays: 90,
      timeZone: setup.timeZone,
      clock: o.clock,
      logger: pino({ level: 'silent' }),
    };
    const range = { from: '2025-03-10', to: '2025-03-10', timeZone: setup.timeZone };

    // 90 days later the visit is still kept …
    o.clock.set(start + 90 * DAY);
    o.draw('melde');
    expect(await applyRetention(options)).toEqual({ before: '2025-03-10', days: [], tickets: 0, events: 0 });
    expect(o.store.findTokenOfTicket('t1')).toBe(token);
    const figures = o.store.stats(range);

    // … one day more and it is gone, while the day's statistics stay the same.
    o.clock.set(start + 91 * DAY);
    const run = await applyRetention(options);
    expect(run).toMatchObject({ before: '2025-03-11', days: ['2025-03-10'], tickets: 1 });
    expect(o.store.findTokenOfTicket('t1')).toBeUndefined();
    expect(o.store.findTicketIdByToken('token-t1')).toBeUndefined();
    expect(o.store.stats(range)).toEqual(figures);
    expect(figures.totals).toEqual({ tickets: 1, served: 1, noShow: 0, expired: 0 });
  });

  it('is configured as retention.ticketDays, 90 days unless set, at least 1', () => {
    expect(config.retention).toEqual({ ticketDays: 90 });
    expect(parseConfig({ retention: { ticketDays: 30 } }).retention.ticketDays).toBe(30);
    expect(() => parseConfig({ retention: { ticketDays: 0 } })).toThrow(ConfigError);
  });
});
