// `npm run bench`: runs every benchmark, prints one table (each figure beside its floor from the same
// run and its goal) and writes the details to bench/results/<timestamp>.json. A missed goal is a
// MISS line, not a failure: the exit code is non-zero only when a benchmark itself crashed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureCallLatency } from './call-latency.ts';
import { stopAllChildren } from './children.ts';
import { measureDurableDraws } from './durable-draws.ts';
import { runEstimateBench } from './estimate.ts';
import { formatTable, resultText } from './report.ts';
import type { BenchOutcome, Figure } from './report.ts';
import { measureStartup } from './startup.ts';

/** Every knob: `--name value` on the command line, else the environment variable, else the default. */
const knobs = {
  calls: { env: 'BENCH_CALLS', default: 400, help: 'measured calls (call latency)' },
  warmup: { env: 'BENCH_WARMUP', default: 20, help: 'unmeasured calls first (JIT, first follow views)' },
  displays: { env: 'BENCH_DISPLAYS', default: 20, help: 'display clients' },
  follows: { env: 'BENCH_FOLLOWS', default: 500, help: 'follow (phone) clients' },
  queue: { env: 'BENCH_QUEUE', default: 125, help: 'tickets waiting throughout (call latency)' },
  'draw-seconds': { env: 'BENCH_DRAW_SECONDS', default: 6, help: 'seconds of drawing (and of raw commits)' },
  'draw-slices': { env: 'BENCH_DRAW_SLICES', default: 3, help: 'alternating hub/raw slices' },
  kiosks: { env: 'BENCH_KIOSKS', default: 4, help: 'kiosk clients drawing at once' },
  'startup-runs': { env: 'BENCH_STARTUP_RUNS', default: 5, help: 'starts per database' },
  'year-days': { env: 'BENCH_YEAR_DAYS', default: 250, help: 'office days in the year database' },
  'tickets-per-day': { env: 'BENCH_TICKETS_PER_DAY', default: 120, help: 'tickets per office day' },
  'estimate-days': { env: 'BENCH_ESTIMATE_DAYS', default: 20, help: 'simulated Thursdays (wait estimate)' },
} as const;
type Knob = keyof typeof knobs;
const benches = ['latency', 'draws', 'startup', 'estimate'] as const;
type BenchName = (typeof benches)[number];

function readOptions(): { values: Record<Knob, number>; only: readonly BenchName[] } {
  const knobOptions = Object.fromEntries(
    Object.keys(knobs).map((name) => [name, { type: 'string' }]),
  ) as Record<Knob, { type: 'string' }>;
  const { values } = parseArgs({
    options: {
      ...knobOptions,
      only: { type: 'string' },
      help: { type: 'boolean' },
    },
    allowPositionals: false,
  });
  if (values.help === true) {
    console.log('npm run bench -- [--only latency,draws,startup] [--knob value]…\n');
    for (const [name, knob] of Object.entries(knobs)) {
      console.log(
        `  --${name.padEnd(16)} ${knob.env.padEnd(22)} ${String(knob.default).padStart(4)}  ${knob.help}`,
      );
    }
    process.exit(0);
  }
  const read = (name: Knob): number => {
    const raw = values[name] ?? process.env[knobs[name].env];
    if (raw === undefined || raw === '') return knobs[name].default;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`--${name} must be a positive number, got "${raw}"`);
    return value;
  };
  const onlyRaw = values.only ?? process.env.BENCH_ONLY;
  const only =
    typeof onlyRaw === 'string' && onlyRaw !== ''
      ? onlyRaw.split(',').map((name) => {
          const bench = benches.find((b) => b === name.trim());
          if (!bench) throw new Error(`--only: unknown benchmark "${name}" (${benches.join(', ')})`);
          return bench;
        })
      : benches;
  const result = Object.fromEntries(Object.keys(knobs).map((name) => [name, read(name as Knob)]));
  return { values: result as Record<Knob, number>, only };
}

async function main(): Promise<number> {
  const { values: o, only } = readOptions();
  const startedAt = new Date();
  const t0 = performance.now();
  const loadBefore = loadavg();
  const int = (x: number): number => Math.max(1, Math.round(x));
  const runners: Record<BenchName, () => Promise<BenchOutcome>> = {
    latency: () =>
      measureCallLatency({
        calls: int(o.calls),
        warmup: int(o.warmup),
        displays: int(o.displays),
        follows: int(o.follows),
        queue: int(o.queue),
      }),
    draws: () =>
      measureDurableDraws({
        seconds: o['draw-seconds'],
        slices: int(o['draw-slices']),
        kiosks: int(o.kiosks),
      }),
    estimate: () => runEstimateBench({ days: int(o['estimate-days']) }),
    startup: () =>
      measureStartup({
        runs: int(o['startup-runs']),
        days: int(o['year-days']),
        ticketsPerDay: int(o['tickets-per-day']),
      }),
  };

  const figures: Figure[] = [];
  const notes: string[] = [];
  const details: Record<string, unknown> = {};
  const errors: { bench: string; message: string; stack?: string }[] = [];
  for (const name of only) {
    const began = performance.now();
    process.stderr.write(`bench: ${name}…`);
    try {
      const outcome = await runners[name]();
      figures.push(...outcome.figures);
      notes.push(...outcome.notes);
      details[name] = { ...outcome.data, seconds: (performance.now() - began) / 1000 };
      process.stderr.write(` ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      errors.push({ bench: name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) });
      process.stderr.write(' CRASHED\n');
      console.error(e);
      await stopAllChildren();
    }
  }

  const cores = availableParallelism();
  const stamp = startedAt.toISOString().replace(/\.\d+Z$/, 'Z');
  const title =
    `Aufruf bench  ${stamp.slice(0, 16)}Z  node ${process.version}  ${cores} cores  ` +
    `load ${loadBefore.map((x) => x.toFixed(2)).join(' ')}`;
  console.log(`\n${formatTable(title, figures)}\n`);
  for (const note of notes) console.log(`- ${note}`);
  for (const error of errors) console.log(`- CRASHED: ${error.bench}: ${error.message}`);
  const passed = figures.filter((f) => f.pass === true).length;
  const missed = figures.filter((f) => f.pass === false).length;

  const dir = fileURLToPath(new URL('results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${stamp.replace(/:/g, '-')}.json`;
  const report = {
    startedAt: startedAt.toISOString(),
    seconds: (performance.now() - t0) / 1000,
    machine: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cores,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryMb: Math.round(totalmem() / 2 ** 20),
      loadBefore,
      loadAfter: loadavg(),
    },
    options: { ...o, only },
    figures: figures.map((f) => ({ ...f, result: resultText(f.pass) })),
    notes,
    details,
    errors,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\n${passed} PASS, ${missed} MISS${errors.length > 0 ? `, ${errors.length} CRASHED` : ''} in ` +
      `${report.seconds.toFixed(0)} s; details in ${file}`,
  );
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error);
    await stopAllChildren();
    process.exit(1);
  },
);
