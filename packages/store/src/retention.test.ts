import { decide, initialState } from '@aufruf/core';
import type { Command, OfficeState } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { changedRows } from './changed-rows.ts';
import { openDatabase } from './open-database.ts';
import type { Store } from './store.ts';
import { DAY, MONDAY_8AM, SETUP, expectReloaded, useTempDir } from './test-support.ts';

const TZ = SETUP.timeZone;
const MIN = 60_000;
const OLD = ['2025-03-10', '2025-03-11', '2025-03-12'];
const RECENT_START = MONDAY_8AM + 100 * DAY; // 2025-06-18
const TODAY_START = MONDAY_8AM + 101 * DAY; // 2025-06-19

/** Like the hub: decide, commit the changed rows and a follow token per drawn ticket. */
function apply(store: Store, state: OfficeState, command: Command, at: number): OfficeState {
  return store.transaction(() => {
    const result = decide(state, command, { setup: SETUP, now: at, newId: () => `t-${at}` });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`);
    const { after, tickets, places } = changedRows(state, result.value);
    const drawn = result.value.flatMap((e) => (e.type === 'TicketDrawn' ? [e.ticket.id] : []));
    store.commit({
      requestId: `req-${at}`,
      command: command.type,
      events: result.value,
      tickets,
      places,
      reply: { ok: true, value: { ticketIds: drawn, followToken: drawn.map((id) => `tok-${id}`) } },
      at,
      followTokens: drawn.map((ticketId) => ({ ticketId, token: `tok-${ticketId}` })),
    });
    return after;
  });
}

/** One office day: three tickets; one served, one no-show, one still called at closing time. */
function officeDay(store: Store, state: OfficeState, start: number): OfficeState {
  const steps: [number, Command][] = [
    [0, { type: 'draw', errandId: 'passport' }],
    [1, { type: 'draw', errandId: 'passport' }],
    [2, { type: 'draw', errandId: 'registration' }],
    [3, { type: 'call-next', placeId: 'counter-1' }],
    [5, { type: 'call-next', placeId: 'counter-2' }],
    [7, { type: 'complete', placeId: 'counter-1' }],
    [8, { type: 'pause', placeId: 'counter-1', paused: true }],
    [9, { type: 'no-show', placeId: 'counter-2' }],
    [10, { type: 'pause', placeId: 'counter-1', paused: false }],
    [12, { type: 'call-next', placeId: 'counter-2' }],
  ];
  return steps.reduce((s, [minute, command]) => apply(store, s, command, start + minute * MIN), state);
}

/** Three days 100 days ago, yesterday and today (open). */
function seed(store: Store): OfficeState {
  let state = initialState(SETUP, '');
  for (let i = 0; i < OLD.length; i++) state = officeDay(store, state, MONDAY_8AM + i * DAY);
  state = officeDay(store, state, RECENT_START);
  return officeDay(store, state, TODAY_START);
}

describe('retention of ticket details', () => {
  const temp = useTempDir();
  const db = () => temp.track(openDatabase(temp.path()));
  const count = (sql: string, ...params: unknown[]): number =>
    db()
      .prepare<unknown[], number>(sql)
      .pluck()
      .get(...params) ?? -1;

  it('deletes the tickets, tokens, events and commands of old days and keeps their aggregates', () => {
    const store = temp.openStore();
    const state = seed(store);
    const oldTickets = db()
      .prepare<[], string>("SELECT id FROM tickets WHERE day < '2025-04-01'")
      .pluck()
      .all();
    expect(oldTickets).toHaveLength(9);
    const oldRange = { from: OLD[0] ?? '', to: '2025-03-31', timeZone: TZ };
    const everything = { from: '2025-01-01', to: '2025-12-31', timeZone: TZ };
    const oldBefore = store.stats(oldRange);
    const allBefore = store.stats(everything);
    const seq = store.seq;

    const result = store.pruneTicketDetails({ before: '2025-05-01', timeZone: TZ });
    expect(result).toMatchObject({ days: OLD, tickets: 9, followTokens: 9, more: false });
    expect(result.events).toBeGreaterThan(0);
    expect(result.commands).toBeGreaterThan(0);

    // The details are gone …
    expect(count("SELECT COUNT(*) FROM tickets WHERE day < '2025-06-18'")).toBe(0);
    expect(count('SELECT COUNT(*) FROM follow_tokens WHERE created_at < ?', RECENT_START)).toBe(0);
    expect(count('SELECT COUNT(*) FROM events WHERE at < ?', RECENT_START)).toBe(0);
    expect(count('SELECT COUNT(*) FROM commands WHERE at < ?', RECENT_START)).toBe(0);
    const texts = db()
      .prepare<[], string>('SELECT data FROM events UNION ALL SELECT reply FROM commands')
      .pluck()
      .all()
      .join('\n');
    for (const id of oldTickets) expect(texts).not.toContain(id);
    // … the recent ones and today's are all there …
    expect(count("SELECT COUNT(*) FROM tickets WHERE day = '2025-06-18'")).toBe(3);
    expect(count("SELECT COUNT(*) FROM tickets WHERE day = '2025-06-19'")).toBe(3);
    expect(count('SELECT COUNT(*) FROM follow_tokens')).toBe(6);
    expect(count("SELECT COUNT(*) FROM events WHERE type = 'TicketDrawn'")).toBe(6);
    // … and the report over the old days has not changed by a single figure.
    expect(store.stats(oldRange)).toEqual(oldBefore);
    expect(store.stats(everything)).toEqual(allBefore);
    expect(oldBefore.byDay.map((d) => d.day)).toEqual(OLD);

    // Nothing more to do the next time; the hub resumes exactly and keeps numbering today.
    expect(store.pruneTicketDetails({ before: '2025-05-01', timeZone: TZ })).toMatchObject({
      days: [],
      tickets: 0,
      events: 0,
      commands: 0,
    });
    expect(store.seq).toBe(seq);
    const reopened = temp.openStore(temp.path());
    expectReloaded(temp, store, state);
    const next = apply(
      reopened,
      reopened.loadState(SETUP).state,
      { type: 'draw', errandId: 'passport' },
      TODAY_START + 60 * MIN,
    );
    expect([...next.tickets.values()].map((t) => `${t.letter}${t.number}`)).toContain('A3');
  });

  it("never touches today's day, even when told to delete everything", () => {
    const store = temp.openStore();
    const state = seed(store);
    const days: string[] = [];
    for (let more = true; more;) {
      const result = store.pruneTicketDetails({ before: '2099-01-01', timeZone: TZ });
      days.push(...result.days);
      more = result.more;
    }
    expect(days).toEqual([...OLD, '2025-06-18']);
    expect(db().prepare('SELECT DISTINCT day FROM tickets').pluck().all()).toEqual(['2025-06-19']);
    expect(count("SELECT COUNT(*) FROM events WHERE type = 'DayStarted'")).toBe(1);
    expectReloaded(temp, store, state);
  });

  it('leaves a day without aggregates alone, and every day after it', () => {
    const store = temp.openStore();
    const monday = officeDay(store, initialState(SETUP, ''), MONDAY_8AM);
    // A later day started without expiring Monday's open ticket: Monday cannot be aggregated yet.
    const dayStarted = { type: 'DayStarted', at: MONDAY_8AM + DAY, day: '2025-03-11' } as const;
    const { after, tickets, places } = changedRows(monday, [dayStarted]);
    store.commit({
      requestId: null,
      command: 'hub:day',
      events: [dayStarted],
      tickets,
      places,
      reply: null,
      at: dayStarted.at,
    });
    apply(store, after, { type: 'draw', errandId: 'passport' }, dayStarted.at + MIN);
    expect(store.pruneTicketDetails({ before: '2099-01-01', timeZone: TZ })).toMatchObject({
      days: [],
      tickets: 0,
    });
    expect(count('SELECT COUNT(*) FROM tickets')).toBe(4);
    expect(count("SELECT COUNT(*) FROM events WHERE type = 'DayStarted'")).toBe(2);
  });

  it('works through a backlog a few days per call', () => {
    const store = temp.openStore();
    seed(store);
    const first = store.pruneTicketDetails({ before: '2025-05-01', timeZone: TZ, maxDays: 2 });
    expect(first).toMatchObject({ days: OLD.slice(0, 2), tickets: 6, more: true });
    expect(count("SELECT COUNT(*) FROM events WHERE type = 'DayStarted' AND day = ?", OLD[2])).toBe(1);
    const second = store.pruneTicketDetails({ before: '2025-05-01', timeZone: TZ, maxDays: 2 });
    expect(second).toMatchObject({ days: OLD.slice(2), tickets: 3, more: false });
    expect(count('SELECT COUNT(*) FROM events WHERE at < ?', RECENT_START)).toBe(0);
  });
});
