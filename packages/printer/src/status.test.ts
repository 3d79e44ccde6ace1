import { describe, expect, it } from 'vitest';
import { parseStatus } from './status.ts';
import type { PrinterState, StatusResponses } from './status.ts';

const ok = { printer: 0x12, offline: 0x12, error: 0x12, paper: 0x12 };

describe('parseStatus', () => {
  it.each<[string, StatusResponses, PrinterState, boolean]>([
    ['all clear', ok, 'ok', true],
    ['paper near end (bits 2+3)', { ...ok, paper: 0x1e }, 'paper-near-end', true],
    [
      'paper out (bits 5+6, offline)',
      { printer: 0x1a, offline: 0x32, error: 0x12, paper: 0x7e },
      'paper-out',
      false,
    ],
    ['paper out reported only by the sensor', { ...ok, paper: 0x72 }, 'paper-out', false],
    ['cover open', { printer: 0x1a, offline: 0x16, error: 0x12, paper: 0x12 }, 'cover-open', false],
    ['offline without a cause', { ...ok, printer: 0x1a }, 'offline', false],
    ['autocutter error', { printer: 0x1a, offline: 0x52, error: 0x1a, paper: 0x12 }, 'error', false],
    ['unrecoverable error', { ...ok, error: 0x32 }, 'error', false],
    ['malformed: bit 1 not set', { ...ok, paper: 0x10 }, 'unknown', true],
    ['malformed: bit 7 set', { ...ok, printer: 0x92 }, 'unknown', true],
    ['no answers at all', {}, 'unknown', true],
  ])('%s', (_name, responses, state, canPrint) => {
    const status = parseStatus(responses);
    expect(status.state).toBe(state);
    expect(status.canPrint).toBe(canPrint);
  });

  it('reports the details it was told, and null for what it was not', () => {
    expect(parseStatus({ printer: 0x12, paper: 0x1e }).detail).toEqual({
      online: true,
      coverOpen: null,
      paperNearEnd: true,
      paperOut: false,
      error: null,
    });
  });
});
