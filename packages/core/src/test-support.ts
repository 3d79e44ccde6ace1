import type { Command } from './commands.ts';
import { decide } from './decide.ts';
import type { DecideContext } from './decide.ts';
import type { DomainEvent } from './events.ts';
import { evolveAll } from './evolve.ts';
import { initialState } from './model.ts';
import type { OfficeSetup, OfficeState } from './model.ts';

/** A small office for tests: three errands, three places, Berlin time. */
export const testSetup: OfficeSetup = {
  timeZone: 'Europe/Berlin',
  errands: [
    { id: 'ausweis', letter: 'A', name: { de: 'Personalausweis / Reisepass' } },
    { id: 'melde', letter: 'M', name: { de: 'Meldeangelegenheiten' } },
    { id: 'gewerbe', letter: 'G', name: { de: 'Gewerbe' } },
  ],
  places: [
    { id: 'p1', name: 'Platz 1' },
    { id: 'p2', name: 'Platz 2' },
    { id: 'p3', name: 'Platz 3' },
  ],
};

/** 09:00 on Thursday 2026-11-26 in Berlin (08:00 UTC). */
export const THURSDAY_9AM = Date.UTC(2026, 10, 26, 8, 0, 0);

/** The state before the first command, with a clerk signed in at every place (unless `staffed` is false). */
export function startState(setup: OfficeSetup, staffed = true): OfficeState {
  const state = initialState(setup, '');
  if (!staffed) return state;
  const places = Object.fromEntries(
    Object.entries(state.places).map(([id, p]) => [id, { ...p, staffed: true }]),
  );
  return { ...state, places };
}

/**
 * Drives the domain like the hub does: decide, then evolve; fails loudly on a refused command. Every
 * place starts staffed, as if each clerk had opened their counter, unless `staffed` is false.
 */
export function office(setup: OfficeSetup = testSetup, start = THURSDAY_9AM, { staffed = true } = {}) {
  let now = start;
  let counter = 0;
  let state: OfficeState = startState(setup, staffed);
  const log: DomainEvent[] = [];
  const ctx = () => ({ setup, now, newId: () => `t${++counter}` });
  return {
    get state() {
      return state;
    },
    log,
    advance(ms: number) {
      now += ms;
    },
    at(ms: number) {
      now = ms;
    },
    /** Runs a command that must succeed and returns its events. */
    run(command: Command): DomainEvent[] {
      const result = decide(state, command, ctx());
      if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`);
      state = evolveAll(state, result.value);
      log.push(...result.value);
      return result.value;
    },
    /** Runs a command that may be refused (with more context than the default), applying it if not. */
    try(command: Command, extra: Partial<DecideContext> = {}) {
      const result = decide(state, command, { ...ctx(), ...extra });
      if (result.ok) {
        state = evolveAll(state, result.value);
        log.push(...result.value);
      }
      return result;
    },
    /** Runs a command that must be refused and returns the error code. */
    refuse(command: Command): string {
      const result = decide(state, command, ctx());
      if (result.ok) throw new Error(`${command.type} was accepted`);
      return result.error.code;
    },
    draw(errandId: string) {
      const events = this.run({ type: 'draw', errandId });
      const drawn = events.find((e) => e.type === 'TicketDrawn');
      if (drawn?.type !== 'TicketDrawn') throw new Error('no ticket');
      return drawn.ticket;
    },
    held(placeId: string) {
      const id = state.places[placeId]?.ticketId;
      return id ? state.tickets.get(id) : undefined;
    },
  };
}
