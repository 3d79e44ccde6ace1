import { readFileSync } from 'node:fs';
import { num } from './report.ts';
import type { Figure } from './report.ts';

export interface ProcessMemory {
  /** Resident set size now, and its peak (VmHWM), in MB (2^20 bytes). */
  readonly rssMb: number;
  readonly peakRssMb: number;
}

const kbField = (status: string, name: string): number => {
  const match = new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  return match?.[1] === undefined ? Number.NaN : Number(match[1]) / 1024;
};

/** Reads another process's memory from /proc (Linux); NaN elsewhere. */
export function processMemory(pid: number): ProcessMemory {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return { rssMb: Number.NaN, peakRssMb: Number.NaN };
  }
  return { rssMb: kbField(status, 'VmRSS'), peakRssMb: kbField(status, 'VmHWM') };
}

export const HUB_RSS_GOAL_MB = 150;

/** The memory figure: the hub's RSS with all clients connected, beside the bare server's. */
export function memoryFigure(
  hub: ProcessMemory,
  bare: ProcessMemory,
  clients: Readonly<Record<string, number>>,
  idle: { readonly hub: ProcessMemory; readonly bare: ProcessMemory },
): Figure {
  const total = Object.values(clients).reduce((a, b) => a + b, 0);
  return {
    figure: `hub RSS, ${total} clients`,
    value: `${num(hub.rssMb)} MB`,
    floor: `bare ${num(bare.rssMb)} MB`,
    ratio: hub.rssMb / bare.rssMb,
    goal: `< ${HUB_RSS_GOAL_MB} MB`,
    pass: hub.rssMb < HUB_RSS_GOAL_MB,
    data: { unit: 'MB', hub, bare, beforeClients: idle, clients, goalMb: HUB_RSS_GOAL_MB },
  };
}
