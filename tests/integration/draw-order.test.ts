import { forecast, manualClock, stateFromPlain } from '@aufruf/core';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

/** 10:00 on Thursday 2026-11-26 in Berlin. */
const THURSDAY_10AM = Date.UTC(2026, 10, 26, 9, 0);

let office: TestHub | undefined;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await office?.stop();
  office = undefined;
});

describe('draws in the same millisecond', () => {
  it('are called in the order they were drawn, and each reply tells what a full forecast tells', async () => {
    // The clock stands still: every draw below happens in the same millisecond.
    const clock = manualClock(THURSDAY_10AM);
    office = await startTestHub({ clock });
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    const counter = await connect(office.url, { demo: 'counter' });
    sockets.push(kiosk, counter);
    // Four clerks at work: every place counts for the figures.
    for (const placeId of ['platz-1', 'platz-2', 'platz-3', 'platz-4']) {
      await counter.emitWithAck('counter:staff', { requestId: rid(), placeId, staffed: true });
    }
    const draw = async (errandId: string) => {
      const reply = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
      if (!reply.ok) throw new Error(reply.error.code);
      return reply.value;
    };
    // M 1, M 2, then A 1: by number alone A 1 would go before M 2, although it came later.
    const drawn = [await draw('melde'), await draw('melde'), await draw('ausweis')];
    // Several at once, as from four kiosks: one group commit.
    drawn.push(...(await Promise.all(['gewerbe', 'melde', 'ausweis', 'gewerbe'].map(draw))));

    const sync = await counter.emitWithAck('office:sync');
    if (!sync.ok) throw new Error(sync.error.code);
    const { state, office: setup, history } = sync.value;
    const full = forecast(stateFromPlain(state), setup, history, clock.now());
    for (const reply of drawn) {
      expect({ id: reply.ticket.id, ahead: reply.ahead, estimate: reply.estimate }).toEqual({
        id: reply.ticket.id,
        ...full.waiting(reply.ticket.id),
      });
    }
    expect(drawn.map((reply) => reply.ahead)).toEqual([0, 1, 2, 3, 4, 5, 6]);

    const called: string[] = [];
    for (let i = 0; i < drawn.length; i++) {
      const call = await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-1' });
      if (!call.ok || !call.value.ticket) throw new Error('nothing called');
      called.push(call.value.ticket.id);
      await counter.emitWithAck('counter:complete', { requestId: rid(), placeId: 'platz-1' });
    }
    expect(called).toEqual(drawn.map((reply) => reply.ticket.id));
  });
});
