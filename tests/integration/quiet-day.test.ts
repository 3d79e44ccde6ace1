import { join } from 'node:path';
import { manualClock } from '@aufruf/core';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SettingsDocument } from '@aufruf/protocol';
import { ADMIN_SECRET, connect, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// The hub checks every 30 s whether a new day has begun, and every screen syncs after each reconnect.
// Neither is a change: a day of them must leave the database exactly as it was (each write is a
// sync to disk), and none of them may wait for the write lock another program holds.

/** 00:00:10 on Friday 2026-11-27 in Berlin. */
const FRIDAY_START = Date.UTC(2026, 10, 26, 23, 0, 10);
const CHECK_MS = 30_000;
const CHECKS_A_DAY = (24 * 60 * 60 * 1000) / CHECK_MS;

let office: TestHub;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await office.stop();
});

async function screens(): Promise<TestSocket[]> {
  for (const role of ['kiosk', 'counter', 'display'] as const)
    sockets.push(await connect(office.url, { demo: role }));
  return sockets;
}

async function syncAll(): Promise<void> {
  const replies = await Promise.all(sockets.map((s) => s.emitWithAck('office:sync')));
  expect(replies.every((r) => r.ok)).toBe(true);
}

describe('a day on which nothing happens', () => {
  it('writes nothing: a day of rollover checks and syncs stores no row', { timeout: 60_000 }, async () => {
    const clock = manualClock(FRIDAY_START);
    office = await startTestHub({ clock });
    await screens();
    const observer = new Database(join(office.dataDir, 'aufruf.sqlite'), { readonly: true });
    const rows = () =>
      observer
        .prepare<[], { commands: number; events: number }>(
          'SELECT (SELECT COUNT(*) FROM commands) AS commands, (SELECT COUNT(*) FROM events) AS events',
        )
        .get();
    // data_version changes whenever another connection commits anything at all.
    const version = () => observer.pragma('data_version', { simple: true });
    const before = { rows: rows(), version: version() };

    // From 00:00:10 to 23:59:40: every check of the day but the one that finds the next.
    for (let check = 1; check < CHECKS_A_DAY; check++) {
      clock.advance(CHECK_MS);
      office.hub.office.rollOver();
      if (check % 60 === 0) await syncAll();
    }
    expect(rows()).toEqual(before.rows);
    expect(version()).toBe(before.version);

    // The next check is the new day: now something happened, and it is stored once.
    clock.advance(CHECK_MS);
    office.hub.office.rollOver();
    office.hub.office.rollOver();
    await syncAll();
    expect(rows()).toEqual({
      commands: (before.rows?.commands ?? 0) + 1,
      events: (before.rows?.events ?? 0) + 1,
    });
    observer.close();
  });

  it('stores no command for a settings save that moves no place', async () => {
    office = await startTestHub({ clock: manualClock(FRIDAY_START) });
    const api = (method: string, body?: unknown) =>
      fetch(`${office.url}/api/admin/settings`, {
        method,
        headers: { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const doc = (await (await api('GET')).json()) as SettingsDocument;
    const commands = () => {
      const db = new Database(join(office.dataDir, 'aufruf.sqlite'), { readonly: true });
      const count = db.prepare<[], number>('SELECT COUNT(*) FROM commands').pluck().get();
      db.close();
      return count;
    };
    const before = commands();
    // A new office name: the audit log keeps the save, but no place changes, so the office has
    // nothing to record.
    const settings = { ...doc.settings, name: `${doc.settings.name} (neu)` };
    expect((await api('PUT', { version: doc.version, by: 'Frau Weber', settings })).status).toBe(200);
    expect(commands()).toBe(before);
  });

  it(
    'checks the day and answers syncs while another program holds the write lock',
    { timeout: 30_000 },
    async () => {
      const clock = manualClock(FRIDAY_START);
      office = await startTestHub({ clock });
      await screens();
      const other = new Database(join(office.dataDir, 'aufruf.sqlite'));
      other.exec('BEGIN IMMEDIATE');
      try {
        // Any write would wait the store's busy timeout (1 s) and then fail: rollOver would throw, a sync
        // would be refused.
        for (let check = 0; check < 100; check++) {
          clock.advance(CHECK_MS);
          office.hub.office.rollOver();
          await syncAll();
        }
      } finally {
        other.exec('ROLLBACK');
        other.close();
      }
    },
  );
});
