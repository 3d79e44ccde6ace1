import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '@aufruf/core';
import type { OfficeSetup } from '@aufruf/core';
import { openStore } from '@aufruf/store';
import type { Store } from '@aufruf/store';
import { afterEach, describe, expect, it } from 'vitest';
import { createOffice } from './office.ts';

const SETUP: OfficeSetup = {
  timeZone: 'Europe/Berlin',
  errands: [{ id: 'melde', letter: 'M', name: { de: 'Meldewesen' } }],
  places: [{ id: 'p1', name: 'Platz 1' }],
};
/** 09:00 on Thursday 2026-11-26 in Berlin. */
const THURSDAY_9AM = Date.UTC(2026, 10, 26, 8, 0);

let dir: string | undefined;
let store: Store | undefined;
afterEach(() => {
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a group commit', () => {
  it('does not fail the other commands of its group when one of them cannot be stored', async () => {
    dir = mkdtempSync(join(tmpdir(), 'aufruf-office-'));
    store = openStore({ file: join(dir, 'aufruf.sqlite') });
    const real = store;
    // One command's rows cannot be written (a fault nobody foresaw); the others arrive with it.
    const faulty: Store = {
      ...real,
      commit: (input) => {
        if (input.requestId === 'request-bad') throw new Error('this command cannot be stored');
        return real.commit(input);
      },
    };
    let ids = 0;
    const office = createOffice({
      store: faulty,
      setup: () => SETUP,
      clock: manualClock(THURSDAY_9AM),
      newId: () => `ticket-${++ids}`,
      newToken: () => `token-${ids}-${'x'.repeat(16)}`,
      outlookOf: () => ({ ahead: 0, estimate: null }),
      onEvents: () => undefined,
    });
    const draw = (requestId: string) =>
      office.submit('ticket:draw', { requestId, errandId: 'melde' }).then(
        (ack) => (ack.ok ? `M ${ack.value.ticket.number}` : ack.error.code),
        (error: unknown) => (error instanceof Error ? error.message : 'failed'),
      );
    const replies = await Promise.all(['request-1', 'request-bad', 'request-2'].map(draw));
    expect(replies).toEqual(['M 1', 'this command cannot be stored', 'M 2']);
    expect([...office.state().tickets.values()].map((t) => t.number)).toEqual([1, 2]);
  });
});
