import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isBusy, isDuplicateRequest } from './sqlite-errors.ts';
import type { CommitInput } from './store.ts';
import { applyCommand, MONDAY_8AM, play, useTempDir } from './test-support.ts';

const rollover = (requestId: string | null, reply: unknown): CommitInput => ({
  requestId,
  command: 'hub:roll-over',
  events: [{ type: 'DayStarted', at: MONDAY_8AM, day: '2025-03-10' }],
  tickets: [],
  places: [],
  reply,
  at: MONDAY_8AM,
});

describe('openStore', () => {
  const temp = useTempDir();

  it('answers a repeated request id with the reply it stored, also after a restart', () => {
    const reply = { ok: true, value: { ticketId: 't1', display: 'A001', ahead: 0, estimate: null } };
    temp.openStore().commit(rollover('req-1', reply));

    const store = temp.openStore(temp.path());
    expect(store.findReply('req-1')).toEqual(reply);
    expect(store.findReply('req-unknown')).toBeUndefined();
  });

  it('refuses to apply the same request id twice', () => {
    const store = temp.openStore();
    store.commit(rollover('req-1', { ok: true }));
    expect(() => store.commit(rollover('req-1', { ok: true }))).toThrow(/UNIQUE constraint failed/);
    expect(store.seq).toBe(1);
  });

  it("stores any number of the hub's own commands, which have no request id", () => {
    const store = temp.openStore();
    store.commit(rollover(null, undefined));
    expect(store.commit(rollover(null, null))).toEqual({ seq: 2 });
  });

  it('runs nested transactions as one: an error in the inner one undoes the outer work too', () => {
    const store = temp.openStore();
    expect(() =>
      store.transaction(() => {
        store.commit(rollover('outer', null));
        store.transaction(() => {
          throw new Error('inner');
        });
      }),
    ).toThrow('inner');
    expect(store.seq).toBe(0);
    expect(store.findReply('outer')).toBeUndefined();
  });

  it('returns what the function returns', () => {
    const store = temp.openStore();
    expect(store.transaction(() => store.transaction(() => 42))).toBe(42);
  });

  it('fails at once with wait: false while another connection holds the write lock, and says so', () => {
    const store = temp.openStore();
    const other = temp.track(new Database(temp.path()));
    other.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    let thrown: unknown;
    try {
      store.transaction(() => store.commit(rollover('locked', null)), { wait: false });
    } catch (error) {
      thrown = error;
    }
    expect(performance.now() - started).toBeLessThan(500);
    expect(isBusy(thrown)).toBe(true);
    // Without wait: false it waits its busy timeout (1 s), then gives up the same way.
    expect(() => store.transaction(() => 1)).toThrow(/locked/);
    other.exec('ROLLBACK');
    expect(store.transaction(() => store.commit(rollover('locked', null)), { wait: false })).toEqual({
      seq: 1,
    });
  });

  it('recognises a request id that was stored meanwhile', () => {
    const store = temp.openStore();
    store.commit(rollover('req-1', { ok: true }));
    let thrown: unknown;
    try {
      store.commit(rollover('req-1', { ok: true }));
    } catch (error) {
      thrown = error;
    }
    expect(isDuplicateRequest(thrown)).toBe(true);
    expect(isDuplicateRequest(new Error('UNIQUE constraint failed: commands.request_id'))).toBe(false);
    expect(isBusy(thrown)).toBe(false);
  });

  it('gives the highest number per letter stored for a day', () => {
    const store = temp.openStore();
    play(store, [
      { type: 'draw', errandId: 'passport' },
      { type: 'draw', errandId: 'passport' },
      { type: 'draw', errandId: 'registration' },
    ]);
    expect(store.lastNumbers('2025-03-10')).toEqual({ A: 2, M: 1 });
    expect(store.lastNumbers('2025-03-11')).toEqual({});
  });

  it('works in memory for quick tools and tests', () => {
    const store = temp.openStore(':memory:');
    expect(store.commit(rollover('r', { ok: true }))).toEqual({ seq: 1 });
    expect(store.findReply('r')).toEqual({ ok: true });
  });
});

describe('follow tokens', () => {
  const temp = useTempDir();

  it('stores a drawn ticket’s token with it and finds the ticket by token after a restart', () => {
    const file = temp.path();
    const store = temp.openStore(file);
    const state = play(store, [{ type: 'draw', errandId: 'passport' }]);
    const ticket = [...state.tickets.values()][0];
    if (!ticket) throw new Error('no ticket');
    const draw = applyCommand(store, state, { type: 'draw', errandId: 'passport' }, MONDAY_8AM + 60_000);
    const second = [...draw.tickets.values()].find((t) => t.number === 2);
    if (!second) throw new Error('no second ticket');
    store.commit({
      requestId: null,
      command: 'test',
      events: [],
      tickets: [],
      places: [],
      reply: null,
      at: MONDAY_8AM,
      followTokens: [{ ticketId: second.id, token: 'tok-second' }],
    });
    expect(store.findTicketIdByToken('tok-unknown')).toBeUndefined();
    store.close();
    const reopened = temp.openStore(file);
    expect(reopened.findTicketIdByToken('tok-second')).toBe(second.id);
    expect(reopened.findTokenOfTicket(second.id)).toBe('tok-second');
    expect(reopened.findTokenOfTicket(ticket.id)).toBeUndefined();
  });

  it('refuses a token for a ticket that was never stored, leaving nothing behind', () => {
    const store = temp.openStore();
    const seq = store.seq;
    expect(() =>
      store.commit({
        requestId: 'r-token',
        command: 'test',
        events: [],
        tickets: [],
        places: [],
        reply: null,
        at: MONDAY_8AM,
        followTokens: [{ ticketId: 'ghost', token: 'tok-ghost' }],
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(store.findReply('r-token')).toBeUndefined();
    expect(store.seq).toBe(seq);
  });
});
