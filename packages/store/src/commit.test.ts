import type { DomainEvent, OfficeState, Ticket } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.ts';
import type { CommitInput, Store } from './store.ts';
import { MONDAY_8AM, SETUP, applyCommand, expectReloaded, play, useTempDir } from './test-support.ts';

const morning = (store: Store): OfficeState =>
  play(store, [
    { type: 'draw', errandId: 'passport' },
    { type: 'draw', errandId: 'registration' },
    { type: 'draw', errandId: 'passport' },
    { type: 'call-next', placeId: 'counter-1' },
    { type: 'recall', placeId: 'counter-1' },
    { type: 'configure-place', placeId: 'counter-1', errandIds: ['passport'] },
    { type: 'pause', placeId: 'counter-2', paused: true },
  ]);

/** A commit of one drawn ticket, written by hand to get around the hub's numbering. */
const drawCommit = (ticket: Ticket, requestId: string | null = null): CommitInput => ({
  requestId,
  command: 'ticket:draw',
  events: [{ type: 'TicketDrawn', at: ticket.drawnAt, ticket }],
  tickets: [ticket],
  places: [],
  reply: { ok: true, value: { id: ticket.id } },
  at: ticket.drawnAt,
});

describe('commit', () => {
  const temp = useTempDir();
  /** What another connection sees: only what was really committed. */
  const countRows = (table: 'commands' | 'events' | 'tickets') =>
    temp.track(openDatabase(temp.path())).prepare<[], number>(`SELECT COUNT(*) FROM ${table}`).pluck().get();

  it('gives back exactly the state the hub had, after a restart', () => {
    const store = temp.openStore();
    const state = morning(store);
    const { state: loaded, seq } = expectReloaded(temp, store, state);

    // DayStarted, 3 drawn, staffed and called, recalled, configured, staffed and paused.
    expect(seq).toBe(10);
    expect(loaded.day).toBe('2025-03-10');
    expect(loaded.lastNumbers).toEqual({ A: 2, M: 1 });
    expect(loaded.places['counter-2']?.paused).toBe(true);
    expect(loaded.places['counter-1']?.errandIds).toEqual(['passport']);
    expect(loaded.calls.map((c) => c.recall)).toEqual([false, true]);
  });

  it('goes on numbering after a restart instead of starting at 1 again', () => {
    morning(temp.openStore()); // left open: a killed hub does not close either
    const reopened = temp.openStore(temp.path());
    const { state } = reopened.loadState(SETUP);
    const next = applyCommand(
      reopened,
      state,
      { type: 'draw', errandId: 'passport' },
      MONDAY_8AM + 3_600_000,
    );
    const numbers = [...next.tickets.values()].map((t) => `${t.letter}${t.number}`);
    expect(numbers.sort()).toEqual(['A1', 'A2', 'A3', 'M1']);
  });

  it('keeps every event whole, with the columns needed to find it', () => {
    const store = temp.openStore();
    const state = play(store, [
      { type: 'draw', errandId: 'registration' },
      { type: 'call-next', placeId: 'counter-2' },
    ]);
    const ticketId = [...state.tickets.keys()][0];
    const rows = temp
      .track(openDatabase(temp.path()))
      .prepare<
        [],
        { seq: number; type: string; ticket_id: string; place_id: string; day: string; data: string }
      >('SELECT seq, type, ticket_id, place_id, day, data FROM events ORDER BY seq')
      .all();
    expect(rows.map((r) => [r.seq, r.type, r.ticket_id, r.place_id, r.day])).toEqual([
      [1, 'DayStarted', null, null, '2025-03-10'],
      [2, 'TicketDrawn', ticketId, null, '2025-03-10'],
      // The clerk's first call signs them in.
      [3, 'PlaceStaffed', null, 'counter-2', null],
      [4, 'TicketCalled', ticketId, 'counter-2', null],
    ]);
    const drawn = JSON.parse(rows[1]?.data ?? 'null') as Extract<DomainEvent, { type: 'TicketDrawn' }>;
    // The ticket as it was drawn, before the call changed it.
    expect(drawn.ticket).toEqual({
      ...state.tickets.get(ticketId ?? ''),
      status: 'waiting',
      placeId: null,
      firstCalledAt: null,
      calledAt: null,
      calls: 0,
    });
  });

  it('returns the current seq for a command without events', () => {
    const store = temp.openStore();
    play(store, [{ type: 'draw', errandId: 'passport' }]);
    const noop: CommitInput = {
      requestId: 'r-1',
      command: 'counter:pause',
      events: [],
      tickets: [],
      places: [],
      reply: { ok: true, value: null },
      at: MONDAY_8AM,
    };
    expect(store.commit(noop)).toEqual({ seq: 2 });
    expect(store.seq).toBe(2);
  });

  it('refuses a second ticket with the same number and keeps nothing of that command', () => {
    const store = temp.openStore();
    const state = play(store, [{ type: 'draw', errandId: 'passport' }]);
    const a1 = [...state.tickets.values()][0] as Ticket;
    const before = { commands: countRows('commands'), events: countRows('events'), seq: store.seq };

    expect(() => store.commit(drawCommit({ ...a1, id: 'twin' }, 'r-twin'))).toThrow(
      /UNIQUE constraint failed/,
    );

    expect({ commands: countRows('commands'), events: countRows('events'), seq: store.seq }).toEqual(before);
    expect(store.findReply('r-twin')).toBeUndefined();
    expect([...store.loadState(SETUP).state.tickets.keys()]).toEqual([a1.id]);
  });

  it('rolls back only the failed commit when the hub catches it inside its transaction', () => {
    const store = temp.openStore();
    const state = play(store, [{ type: 'draw', errandId: 'passport' }]);
    const a1 = [...state.tickets.values()][0] as Ticket;
    const a2: Ticket = { ...a1, id: 'second', number: 2 };

    store.transaction(() => {
      store.commit(drawCommit(a2));
      expect(() => store.commit(drawCommit({ ...a1, id: 'twin' }))).toThrow(/UNIQUE/);
    });

    const { state: loaded } = store.loadState(SETUP);
    expect([...loaded.tickets.keys()].sort()).toEqual([a1.id, 'second'].sort());
    // The morning's draw and the commit that worked; the twin left nothing.
    expect(countRows('commands')).toBe(2);
  });

  it('keeps nothing when the transaction around commit fails', () => {
    const store = temp.openStore();
    play(store, [{ type: 'draw', errandId: 'passport' }]);
    expect(() =>
      store.transaction(() => {
        store.commit(drawCommit({ ...ticketOf(store), id: 'later', number: 2 }));
        throw new Error('broadcast failed');
      }),
    ).toThrow('broadcast failed');
    expect(store.seq).toBe(2);
    expect(countRows('tickets')).toBe(1);
  });

  it('refuses events about a ticket whose row is not part of the commit', () => {
    const store = temp.openStore();
    play(store, [{ type: 'draw', errandId: 'passport' }]);
    const a1 = ticketOf(store);
    const expired: CommitInput = {
      requestId: null,
      command: 'hub:roll-over',
      events: [{ type: 'TicketExpired', at: MONDAY_8AM, ticketId: a1.id }],
      tickets: [],
      places: [],
      reply: null,
      at: MONDAY_8AM,
    };
    expect(() => store.commit(expired)).toThrow(
      `TicketExpired changes ticket ${a1.id}, but its row is missing`,
    );
    expect(store.seq).toBe(2);
  });
});

function ticketOf(store: Store): Ticket {
  return [...store.loadState(SETUP).state.tickets.values()][0] as Ticket;
}
