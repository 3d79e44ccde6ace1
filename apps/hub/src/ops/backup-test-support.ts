// Test helpers for the backup and restore tests: real Aufruf database files in a temp folder.
import { mkdtempSync, openSync, closeSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@aufruf/store';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';

/** A fresh temp folder per test, removed afterwards. */
export function useTempDirs(): (prefix?: string) => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix = 'aufruf-ops-') => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/**
 * An Aufruf database (all migrations) at `file` with `tickets` drawn tickets: one command, one event
 * and one ticket row each, written as the hub would store them in shape, not in meaning.
 */
export function officeDatabase(file: string, tickets: number): void {
  openStore({ file }).close();
  const db = new Database(file);
  try {
    addTickets(db, tickets);
  } finally {
    db.close();
  }
}

let next = 0;

/** Adds `count` tickets (with their command and event) through an open connection. */
export function addTickets(db: Database.Database, count: number): void {
  const command = db.prepare<[string, number]>(
    "INSERT INTO commands (request_id, name, at, reply) VALUES (?, 'ticket:draw', ?, '{\"ok\":true}')",
  );
  const event = db.prepare<[number, string, number]>(
    "INSERT INTO events (at, type, ticket_id, day, data, command_id) VALUES (?, 'TicketDrawn', ?, '2026-11-26', '{}', ?)",
  );
  const ticket = db.prepare<[string, number, number, number]>(
    `INSERT INTO tickets (id, day, letter, number, errand_id, status, drawn_at, queued_at, calls)
     VALUES (?, '2026-11-26', 'A', ?, 'ausweis', 'waiting', ?, ?, 0)`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      next += 1;
      const at = Date.UTC(2026, 10, 26, 8) + next * 1000;
      const id = `ticket-${next}`;
      ticket.run(id, next, at, at);
      const { lastInsertRowid } = command.run(`request-${next}`, at);
      event.run(at, id, Number(lastInsertRowid));
    }
  })();
}

/** Overwrites the middle half of a file with garbage, as a failing disk would. */
export function damage(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(Math.floor(size / 2), 0xa5), 0, Math.floor(size / 2), Math.floor(size / 4));
  } finally {
    closeSync(fd);
  }
}
