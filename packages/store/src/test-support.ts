// Helpers for this package's tests: real SQLite files in a temp directory, always cleaned up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decide, initialState } from '@aufruf/core';
import type { Command, OfficeSetup, OfficeState } from '@aufruf/core';
import { afterEach, expect } from 'vitest';
import { changedRows } from './changed-rows.ts';
import { openStore } from './open-store.ts';
import type { Store } from './store.ts';

export interface TempDir {
  /** A file in the test's directory; the same name gives the same file within a test. */
  readonly path: (name?: string) => string;
  /** Opens a store (by default at path()) that is closed after the test. */
  readonly openStore: (file?: string) => Store;
  /** Closes this after the test. */
  readonly track: <T extends { close(): unknown }>(closable: T) => T;
}

/** Per test: a fresh temp directory, and every store or database opened through it closed afterwards. */
export function useTempDir(): TempDir {
  let dir: string | undefined;
  const open: { close(): unknown }[] = [];
  afterEach(() => {
    for (const closable of open.splice(0)) closable.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const path = (name = 'aufruf.db'): string => {
    dir ??= mkdtempSync(join(tmpdir(), 'aufruf-store-'));
    return join(dir, name);
  };
  const track = <T extends { close(): unknown }>(closable: T): T => {
    open.push(closable);
    return closable;
  };
  return { path, track, openStore: (file = path()) => track(openStore({ file })) };
}

/** Two errands (letters A and M) and two counters, as in a small citizens' office. */
export const SETUP: OfficeSetup = {
  timeZone: 'Europe/Berlin',
  errands: [
    { id: 'passport', letter: 'A', name: { de: 'Ausweis und Pass' } },
    { id: 'registration', letter: 'M', name: { de: 'Meldewesen' } },
  ],
  places: [
    { id: 'counter-1', name: 'Schalter 1' },
    { id: 'counter-2', name: 'Schalter 2' },
  ],
};

/** 10 March 2025, 08:00 in Berlin. */
export const MONDAY_8AM = Date.UTC(2025, 2, 10, 7, 0);
export const DAY = 24 * 60 * 60 * 1000;

/** Plays the hub's part: decides a command, commits its events and changed rows, returns the new state. */
export function applyCommand(
  store: Store,
  state: OfficeState,
  command: Command,
  at: number,
  requestId: string | null = null,
): OfficeState {
  let ids = 0;
  const newId = (): string => `t-${at}-${++ids}`;
  return store.transaction(() => {
    const result = decide(state, command, { setup: SETUP, now: at, newId });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`);
    const { after, tickets, places } = changedRows(state, result.value);
    store.commit({
      requestId,
      command: command.type,
      events: result.value,
      tickets,
      places,
      reply: { ok: true },
      at,
    });
    return after;
  });
}

/** Applies commands in order, one minute apart, starting from a state that has never opened. */
export function play(store: Store, commands: readonly Command[], start = MONDAY_8AM): OfficeState {
  return commands.reduce(
    (state, command, i) => applyCommand(store, state, command, start + i * 60_000),
    initialState(SETUP, ''),
  );
}

/** Closes the store, opens its file again and expects it to give back exactly this state. */
export function expectReloaded(temp: TempDir, store: Store, state: OfficeState) {
  const seq = store.seq;
  store.close();
  const loaded = temp.openStore(temp.path()).loadState(SETUP);
  expect(loaded.state).toStrictEqual(state);
  expect(loaded.seq).toBe(seq);
  return loaded;
}
