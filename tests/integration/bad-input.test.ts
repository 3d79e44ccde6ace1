import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

let office: TestHub;
let socket: TestSocket;
let counter: TestSocket;

beforeAll(async () => {
  office = await startTestHub();
  socket = await connect(office.url, { demo: 'kiosk' });
  counter = await connect(office.url, { demo: 'counter' });
});
afterAll(async () => {
  socket.close();
  counter.close();
  await office.stop();
});

type Loose = { timeout(ms: number): { emitWithAck(e: string, ...a: unknown[]): Promise<unknown> } };

/** Sends anything at all, as a broken or hostile client might (counter events from a counter). */
function raw(event: string, ...args: unknown[]): Promise<unknown> {
  const from = event.startsWith('counter:') ? counter : socket;
  return (from as unknown as Loose).timeout(2000).emitWithAck(event, ...args);
}

describe('malformed messages', () => {
  it('answers each bad payload with an error ack naming the field, and changes nothing', async () => {
    const before = await socket.emitWithAck('office:sync');
    const cases: [string, unknown, string][] = [
      ['ticket:draw', undefined, 'invalid-payload'],
      ['ticket:draw', 'A', 'invalid-payload'],
      ['ticket:draw', { requestId: rid() }, 'invalid-payload'],
      ['ticket:draw', { requestId: rid(), errandId: 42 }, 'invalid-payload'],
      ['ticket:draw', { requestId: 'x', errandId: 'ausweis' }, 'invalid-payload'],
      ['ticket:draw', { requestId: rid(), errandId: 'ausweis', extra: true }, 'invalid-payload'],
      ['ticket:draw', { requestId: rid(), errandId: 'nope' }, 'unknown-errand'],
      ['ticket:draw', { requestId: rid(), errandId: '../../etc' }, 'invalid-payload'],
      ['counter:call-next', { requestId: rid(), placeId: 'platz-9' }, 'unknown-place'],
      ['counter:call', { requestId: rid(), placeId: 'platz-1', ticketId: null }, 'invalid-payload'],
      ['counter:transfer', { requestId: rid(), placeId: 'platz-1' }, 'invalid-payload'],
      ['counter:pause', { requestId: rid(), placeId: 'platz-1', paused: 'yes' }, 'invalid-payload'],
      [
        'counter:configure',
        { requestId: rid(), placeId: 'platz-1', errandIds: 'ausweis' },
        'invalid-payload',
      ],
      ['ticket:delete', { requestId: rid() }, 'unknown-event'],
    ];
    for (const [event, payload, code] of cases) {
      const reply = await raw(event, payload);
      expect(reply, `${event} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code } });
    }
    const missing = (await raw('ticket:draw', { requestId: rid() })) as { error: { message: string } };
    expect(missing.error.message).toContain('errandId');
    const after = await socket.emitWithAck('office:sync');
    expect(after.ok && after.value.seq).toBe(before.ok && before.value.seq);
  });

  it('stays up after payloads without an ack, oversized ones and garbage', async () => {
    const loose = socket as unknown as { emit(e: string, ...a: unknown[]): void };
    loose.emit('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
    loose.emit('counter:call-next');
    loose.emit('ticket:draw', 'x'.repeat(64 * 1024));
    await new Promise((r) => setTimeout(r, 300));
    // The oversized message closes that client's connection (Socket.IO's limit); the hub itself lives on.
    const fresh = await connect(office.url);
    const reply = await fresh.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' });
    expect(reply.ok).toBe(true);
    fresh.close();
  });
});
