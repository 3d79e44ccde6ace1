// Figure 3: tickets a fresh hub hands out per second, every one committed with synchronous = FULL,
// beside the raw rate of single-row commits into a SQLite file opened the same way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { startChild } from './children.ts';
import { acked, connectHub, connectMany, requestId } from './clients.ts';
import type { HubClient } from './clients.ts';
import { num } from './report.ts';
import type { BenchOutcome } from './report.ts';
import { summarize } from './stats.ts';

export interface DrawOptions {
  /** Seconds of drawing at the hub (and as many of raw commits), split into alternating slices. */
  readonly seconds: number;
  readonly kiosks: number;
  readonly slices: number;
}

export const MIN_RATIO_TO_RAW = 0.5;
const WARMUP_MS = 300;

/** 26 errands A–Z: 26 × 999 numbers a day, so a long run does not run out of numbers. */
export const alphabetOffice = {
  errands: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => ({
    id: `anliegen-${letter.toLowerCase()}`,
    letter,
    name: { de: `Anliegen ${letter}` },
  })),
};

interface Counted {
  readonly count: number;
  readonly ms: number;
}

/** The floor: one small row per IMMEDIATE transaction, WAL + synchronous = FULL like the store. */
function rawCommits(file: string): { run(ms: number): Promise<Counted>; close(): void } {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, data TEXT NOT NULL) STRICT');
  const insert = db.prepare<[number, string]>('INSERT INTO rows (at, data) VALUES (?, ?)');
  const commit = db.transaction((at: number) => insert.run(at, 'a small row, about the size of one event'));
  return {
    async run(ms) {
      const start = performance.now();
      const end = start + ms;
      let count = 0;
      while (performance.now() < end) {
        // Yield now and then: the kiosks' sockets in this process must keep answering pings.
        const chunkEnd = Math.min(end, performance.now() + 20);
        while (performance.now() < chunkEnd) {
          commit.immediate(Date.now());
          count++;
        }
        await yieldToLoop();
      }
      return { count, ms: performance.now() - start };
    },
    close: () => db.close(),
  };
}

export async function measureDurableDraws(options: DrawOptions): Promise<BenchOutcome> {
  const notes: string[] = [];
  const hubChild = await startChild('hub-process.ts', { BENCH_CONFIG: JSON.stringify(alphabetOffice) });
  const rawDir = mkdtempSync(join(tmpdir(), 'aufruf-bench-raw-'));
  const raw = rawCommits(join(rawDir, 'raw.sqlite'));
  let kiosks: HubClient[] = [];
  const clerks: HubClient[] = [];
  try {
    // Four clerks signed in, as on a walk-in morning: every draw's reply carries a real estimate.
    for (const placeId of ['platz-1', 'platz-2', 'platz-3', 'platz-4']) {
      const clerk = await connectHub(hubChild.ready.url, { demo: 'counter' });
      clerks.push(clerk);
      await clerk.emitWithAck('counter:staff', { requestId: requestId(), placeId, staffed: true });
    }
    kiosks = await connectMany(options.kiosks, () => connectHub(hubChild.ready.url, { demo: 'kiosk' }));
    let errands = alphabetOffice.errands.map((e) => e.id);
    let next = 0;
    let refused = 0;
    const ackMs: number[] = [];

    /** All kiosks draw as fast as their acknowledgements come back, until `ms` have passed. */
    const drawFor = async (ms: number, record: boolean): Promise<Counted> => {
      const start = performance.now();
      const end = start + ms;
      let count = 0;
      await Promise.all(
        kiosks.map(async (kiosk) => {
          while (performance.now() < end && errands.length > 0) {
            const errandId = errands[next++ % errands.length] ?? '';
            const sent = performance.now();
            const reply = await acked(
              'ticket:draw',
              kiosk.emitWithAck('ticket:draw', { requestId: requestId(), errandId }),
            );
            if (reply.ok) {
              count++;
              if (record) ackMs.push(performance.now() - sent);
            } else if (reply.error.code === 'number-range-exhausted') {
              errands = errands.filter((id) => id !== errandId);
            } else {
              refused++;
            }
          }
        }),
      );
      return { count, ms: performance.now() - start };
    };

    await drawFor(WARMUP_MS, false);
    await raw.run(WARMUP_MS);
    const sliceMs = (options.seconds * 1000) / options.slices;
    const hubSlices: Counted[] = [];
    const rawSlices: Counted[] = [];
    // Alternating slices, so a noisy neighbour hurts both sides alike.
    for (let s = 0; s < options.slices; s++) {
      rawSlices.push(await raw.run(sliceMs));
      hubSlices.push(await drawFor(sliceMs, true));
    }
    const rate = (slices: readonly Counted[]): number =>
      (slices.reduce((n, s) => n + s.count, 0) * 1000) / slices.reduce((ms, s) => ms + s.ms, 0);
    const hubRate = rate(hubSlices);
    const rawRate = rate(rawSlices);
    const ratio = hubRate / rawRate;
    if (errands.length === 0)
      notes.push('durable draws: all 26 × 999 numbers were drawn; the run ended early');
    if (refused > 0) notes.push(`durable draws: ${refused} draws were refused`);
    const perSlice = (slices: readonly Counted[]): string =>
      slices.map((slice) => num((slice.count * 1000) / slice.ms)).join(', ');
    notes.push(
      `durable draws: ${options.kiosks} kiosk clients draw as fast as acks come back (26 errands A–Z); ` +
        `every draw is acknowledged only after its IMMEDIATE transaction (synchronous = FULL) committed; draws ` +
        `that arrive together share one (group commit). Raw: one-row INSERT transactions ` +
        `in the bench process into a WAL/FULL file on the same disk; ${options.slices} alternating slices each ` +
        `(hub ${perSlice(hubSlices)}/s, raw ${perSlice(rawSlices)}/s; nobody is called, so the waiting ` +
        `queue grows past ${hubSlices.reduce((n, slice) => n + slice.count, 0)} tickets).`,
    );
    return {
      figures: [
        {
          figure: `durable draws/s (${options.kiosks} kiosks)`,
          value: `${num(hubRate)}/s`,
          floor: `raw commits ${num(rawRate)}/s`,
          ratio,
          goal: `≥ ${MIN_RATIO_TO_RAW}× raw`,
          pass: refused === 0 && ratio >= MIN_RATIO_TO_RAW,
          data: {
            unit: 'per second',
            hubRate,
            rawRate,
            hubSlices,
            rawSlices,
            refused,
            drawAckMs: summarize(ackMs),
            drawn: hubSlices.reduce((n, s) => n + s.count, 0),
          },
        },
      ],
      notes,
      data: {},
    };
  } finally {
    for (const client of [...kiosks, ...clerks]) client.close();
    raw.close();
    rmSync(rawDir, { recursive: true, force: true });
    await hubChild.stop();
  }
}
