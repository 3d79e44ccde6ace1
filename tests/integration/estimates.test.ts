import { readdir, readFile } from 'node:fs/promises';
import { forecast, manualClock, stateFromPlain } from '@aufruf/core';
import { decodeEscPos } from '@aufruf/printer';
import { formatWait } from '@aufruf/wording';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

let office: TestHub | undefined;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await office?.stop();
  office = undefined;
});

const MINUTE = 60_000;
const fail = (): never => {
  throw new Error('no estimate');
};

describe('wait estimates', () => {
  it('learn from past days and reach the kiosk reply, the follow page, the paper and every screen alike', async () => {
    const clock = manualClock(Date.UTC(2026, 10, 19, 8, 0)); // a Thursday, 09:00 in Berlin
    office = await startTestHub({ clock });
    const open = async (auth: Parameters<typeof connect>[1]) => {
      const socket = await connect(office?.url ?? '', auth);
      sockets.push(socket);
      return socket;
    };
    let kiosk = await open({ demo: 'kiosk' });
    let counter = await open({ demo: 'counter' });
    // Last Thursday: three passport visits of 20 minutes each.
    for (let i = 0; i < 3; i++) {
      await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
      await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-1' });
      clock.advance(20 * MINUTE);
      await counter.emitWithAck('counter:complete', { requestId: rid(), placeId: 'platz-1' });
    }
    for (const s of sockets.splice(0)) s.close();

    // A week later the hub starts with that history.
    clock.set(Date.UTC(2026, 10, 26, 8, 0));
    office = await office.restart();
    kiosk = await open({ demo: 'kiosk' });
    counter = await open({ demo: 'counter' });
    const snapshot = await kiosk.emitWithAck('office:sync');
    if (!snapshot.ok) throw new Error('no snapshot');
    expect(snapshot.value.history.ausweis).toMatchObject({ meanMinutes: 20, samples: 3 });

    // Only Platz 1 serves passports today; five people draw.
    for (const placeId of ['platz-2', 'platz-3', 'platz-4']) {
      await counter.emitWithAck('counter:configure', { requestId: rid(), placeId, errandIds: ['melde'] });
    }
    const replies = [];
    const drawIds = Array.from({ length: 5 }, () => rid());
    for (const requestId of drawIds)
      replies.push(await kiosk.emitWithAck('ticket:draw', { requestId, errandId: 'ausweis' }));
    const [fourth, fifth] = [replies[3], replies[4]];
    if (!fourth?.ok || !fifth?.ok) throw new Error('draw refused');
    const estimate = fifth.value.estimate;
    // Four people ahead at about 20 minutes each, one place: about 80 minutes.
    expect(estimate?.expectedMinutes).toBeGreaterThanOrEqual(60);
    expect(estimate?.expectedMinutes).toBeLessThanOrEqual(100);
    expect(estimate && estimate.minMinutes < estimate.maxMinutes).toBe(true);

    // Every screen computes the same figure from the snapshot with the same pure function.
    const fresh = await kiosk.emitWithAck('office:sync');
    if (!fresh.ok) throw new Error('no snapshot');
    const { state, office: setup, history } = fresh.value;
    const onScreen = forecast(stateFromPlain(state), setup, history, clock.now()).waiting;
    expect(onScreen(fifth.value.ticket.id)).toEqual({ ahead: 4, estimate });
    expect(onScreen(fourth.value.ticket.id)).toEqual({ ahead: 3, estimate: fourth.value.estimate });

    const follow = await open({ follow: fifth.value.followToken });
    const view = await follow.emitWithAck('follow:sync');
    expect(view.ok && view.value.estimate).toEqual(estimate);
    expect(view.ok && { ahead: view.value.ahead, returnNow: view.value.returnNow }).toEqual({
      ahead: 4,
      returnNow: false,
    });
    // Three ahead is close enough (follow.returnWhenAhead: 3): that visitor is asked to come back.
    const near = await open({ follow: fourth.value.followToken });
    const nearView = await near.emitWithAck('follow:sync');
    expect(nearView.ok && nearView.value.returnNow).toBe(true);

    const ticketId = fifth.value.ticket.id;
    const printed = await kiosk.emitWithAck('ticket:print', {
      requestId: rid(),
      ticketId,
      drawRequestId: drawIds[4] ?? '',
    });
    expect(printed.ok && printed.value.printed).toBe(true);
    const dir = `${office.dataDir}/print-preview`;
    const day = (await readdir(dir))[0] ?? '';
    const lines = decodeEscPos(await readFile(`${dir}/${day}/A-005.bin`)).lines.map((l) => l.text);
    expect(lines).toContain('Vor Ihnen: 4');
    expect(lines).toContain(
      `Geschätzte Wartezeit: ${formatWait(estimate ?? fail(), 'de').replace('–', '-')}`,
    );
  });
});
