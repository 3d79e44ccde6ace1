import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';

describe('structured logs', () => {
  it('name each command with its request id and sender, and carry no ticket secrets', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const office = await startTestHub({ logger: pino({ level: 'info' }, sink) });
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    const requestId = rid();
    const drawn = await kiosk.emitWithAck('ticket:draw', { requestId, errandId: 'ausweis' });
    const refusedId = rid();
    await kiosk.emitWithAck('ticket:draw', { requestId: refusedId, errandId: 'nope' });
    kiosk.close();
    await office.stop();
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'handled', event: 'ticket:draw', requestId, role: 'kiosk' }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        msg: 'refused',
        event: 'ticket:draw',
        requestId: refusedId,
        code: 'unknown-errand',
      }),
    );
    const text = JSON.stringify(lines);
    expect(drawn.ok && text.includes(drawn.value.followToken)).toBe(false);
  });
});
