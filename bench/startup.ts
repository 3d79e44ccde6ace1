// Figure 4: how long a hub takes to start on a year of tickets, beside the same start on an empty database.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '@aufruf/hub';
import Database from 'better-sqlite3';
import { startChild } from './children.ts';
import { acked, connectHub } from './clients.ts';
import { num } from './report.ts';
import type { BenchOutcome, Figure } from './report.ts';
import { median, summarize } from './stats.ts';
import { generateYear } from './year-db.ts';
import type { YearOptions } from './year-db.ts';

export interface StartupOptions extends YearOptions {
  /** Starts measured per database (alternating empty and year). */
  readonly runs: number;
}

export const START_GOAL_MS = 1000;

interface StartRun {
  /** Bench: spawn until the first office:sync acknowledgement. */
  readonly toFirstSyncMs: number;
  /** Bench: spawn until the child's ready line. */
  readonly toReadyMs: number;
  /** Child: openStore + createHub + listen. */
  readonly inProcessMs: number;
  /** Child: process start until its modules were loaded. */
  readonly bootMs: number;
  readonly openStoreMs: number;
  readonly seq: number;
}

/** Starts a hub child on a copy of `pristine`, asks for a snapshot, stops it. */
async function startOnce(pristine: string, runDir: string): Promise<StartRun> {
  cpSync(pristine, runDir, { recursive: true });
  const child = await startChild('hub-process.ts', { BENCH_DATA_DIR: runDir });
  try {
    const display = await connectHub(child.ready.url, { demo: 'display' });
    const sync = await acked('office:sync', display.emitWithAck('office:sync'));
    const synced = performance.now();
    display.close();
    if (!sync.ok) throw new Error(`office:sync refused: ${sync.error.message}`);
    const t = child.ready.timings;
    return {
      toFirstSyncMs: synced - child.spawnedAt,
      toReadyMs: child.readyAt - child.spawnedAt,
      inProcessMs: t ? t.openStoreMs + t.createHubMs + t.listenMs : Number.NaN,
      bootMs: t?.bootMs ?? Number.NaN,
      openStoreMs: t?.openStoreMs ?? Number.NaN,
      seq: sync.value.seq,
    };
  } finally {
    await child.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
}

/** Copies what a hub's first start writes besides the day: the admin secret's hash, the seeded setup. */
function installedLike(installed: string, file: string): void {
  const db = new Database(file);
  try {
    db.prepare('ATTACH DATABASE ? AS installed').run(installed);
    for (const table of ['settings', 'office_settings', 'settings_audit']) {
      db.exec(`INSERT OR REPLACE INTO main.${table} SELECT * FROM installed.${table}`);
    }
    db.exec('DETACH DATABASE installed');
  } finally {
    db.close();
  }
}

export async function measureStartup(options: StartupOptions): Promise<BenchOutcome> {
  const work = mkdtempSync(join(tmpdir(), 'aufruf-bench-start-'));
  try {
    // An installed hub: one start on an empty folder writes the schema and the admin secret's hash,
    // so no measured start pays for a first-ever start.
    const empty = join(work, 'empty');
    mkdirSync(empty);
    await (await startChild('hub-process.ts', { BENCH_DATA_DIR: empty })).stop();
    // The year is written into a file of its own: the installed hub has already started today, and
    // days only move forward. Then it gets what the first start wrote besides the day.
    const year = join(work, 'year');
    mkdirSync(year);
    const generated = generateYear(join(year, 'aufruf.sqlite'), parseConfig({}), options);
    installedLike(join(empty, 'aufruf.sqlite'), join(year, 'aufruf.sqlite'));

    const runs: Record<'empty' | 'year', StartRun[]> = { empty: [], year: [] };
    for (let r = 0; r < options.runs; r++) {
      // Alternating which goes first, so neither always starts after the other's disk activity.
      const order = r % 2 === 0 ? (['year', 'empty'] as const) : (['empty', 'year'] as const);
      for (const kind of order) {
        runs[kind].push(await startOnce(kind === 'year' ? year : empty, join(work, `run-${r}-${kind}`)));
      }
    }
    const med = (kind: 'empty' | 'year', key: keyof StartRun): number =>
      median(runs[kind].map((run) => run[key]));
    const fastest = (kind: 'empty' | 'year'): number =>
      summarize(runs[kind].map((run) => run.toFirstSyncMs)).min;
    const figure = (label: string, key: keyof StartRun): Figure => {
      const value = med('year', key);
      const floor = med('empty', key);
      return {
        figure: label,
        value: `${num(value)} ms`,
        floor: `empty db ${num(floor)} ms`,
        ratio: value / floor,
        goal: `< ${START_GOAL_MS} ms`,
        pass: value < START_GOAL_MS,
        data: {
          unit: 'ms (median of runs)',
          year: summarize(runs.year.map((run) => run[key])),
          empty: summarize(runs.empty.map((run) => run[key])),
        },
      };
    };
    return {
      figures: [
        figure(`hub start → first sync, ${num(generated.tickets)} tickets`, 'toFirstSyncMs'),
        figure('  of which openStore+createHub+listen', 'inProcessMs'),
      ],
      notes: [
        `start-up: ${generated.tickets} tickets over ${generated.days} office days (${generated.commands} commands, ` +
          `${num(generated.fileMb)} MB, generated in ${num(generated.seconds)} s through createOffice), ending ` +
          `yesterday: each start is the next morning's (loads yesterday's tickets and starts the new day as it starts). ` +
          `Median of ${options.runs} starts each, from spawning \`node bench/build/children/hub-process.mjs\` (bundled like \`npm start\`'s hub) to the ` +
          `first office:sync ack (fastest: ${num(fastest('year'))} ms, empty ${num(fastest('empty'))} ms); ` +
          `node + module loading alone took ${num(med('year', 'bootMs'))} ms ` +
          `(empty: ${num(med('empty', 'bootMs'))} ms). Page cache warm: the file was just written.`,
      ],
      data: { generated, runs },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
