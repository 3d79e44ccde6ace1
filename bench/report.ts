import { round } from './stats.ts';

/** One line of the table: a figure, the floor measured beside it in the same run, and its goal. */
export interface Figure {
  readonly figure: string;
  readonly value: string;
  readonly floor: string;
  /** value / floor of the figure the goal is about; null when there is no floor to divide by. */
  readonly ratio: number | null;
  readonly goal: string;
  /** null: for information, no goal to meet. */
  readonly pass: boolean | null;
  /** The raw numbers behind the line, for the JSON file. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** What one benchmark hands to run.ts: its lines of the table, notes printed below it, raw data for JSON. */
export interface BenchOutcome {
  readonly figures: readonly Figure[];
  readonly notes: readonly string[];
  readonly data: Readonly<Record<string, unknown>>;
}

/** A number for the table: at most three significant digits, no trailing noise. */
export const num = (value: number): string => (Number.isFinite(value) ? String(round(value)) : 'n/a');

export const ratioText = (ratio: number | null): string =>
  ratio === null || !Number.isFinite(ratio) ? '—' : `${ratio.toFixed(2)}×`;

export const resultText = (pass: boolean | null): string => (pass === null ? 'info' : pass ? 'PASS' : 'MISS');

/** Prints the figures as an aligned plain-text table (monospace terminals, CI logs, the closing note). */
export function formatTable(title: string, figures: readonly Figure[]): string {
  const header = ['figure', 'value', 'floor (same run)', 'ratio', 'goal', 'result'];
  const rows = figures.map((f) => [
    f.figure,
    f.value,
    f.floor,
    ratioText(f.ratio),
    f.goal,
    resultText(f.pass),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [title, line(header), ...rows.map(line)].join('\n');
}
