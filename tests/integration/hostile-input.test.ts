import { eventRoles } from '@aufruf/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junk, seeded } from '../support/random.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

let office: TestHub;
const sockets: Record<string, TestSocket> = {};

beforeAll(async () => {
  office = await startTestHub({ limits: { drawsPerMinute: 1e6 } });
  sockets.kiosk = await connect(office.url, { demo: 'kiosk' });
  sockets.counter = await connect(office.url, { demo: 'counter' });
  sockets.display = await connect(office.url, { demo: 'display' });
  sockets.admin = await connect(office.url, { admin: ADMIN_SECRET });
  const drawn = await sockets.kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
  if (!drawn.ok) throw new Error('no ticket');
  sockets.follow = await connect(office.url, { follow: drawn.value.followToken });
});
afterAll(async () => {
  for (const socket of Object.values(sockets)) socket.close();
  await office.stop();
});

type Loose = { timeout(ms: number): { emitWithAck(e: string, ...a: unknown[]): Promise<unknown> } };

// Events that take no payload answer any call with data; everything else must refuse junk.
const withPayload = Object.keys(eventRoles).filter((e) => e !== 'office:sync' && e !== 'follow:sync');
const strangers = [
  'ticket:delete',
  'admin:reset',
  'office:events',
  'constructor',
  '__proto__',
  'x'.repeat(200),
  '',
];

describe('a flood of hostile input from every role', () => {
  it('answers thousands of malformed, wrong-typed and unknown events with error acks and changes nothing', async () => {
    const random = seeded(20261124);
    const before = await sockets.display?.emitWithAck('office:sync');
    if (!before?.ok) throw new Error('no snapshot');
    const roles = Object.keys(sockets);
    let answered = 0;
    const codes = new Map<string, number>();
    for (let batch = 0; batch < 60; batch++) {
      const sends = Array.from({ length: 50 }, async () => {
        const role = random.pick(roles);
        const event = random.next() < 0.85 ? random.pick(withPayload) : random.pick(strangers);
        const args = Array.from({ length: 1 + random.int(2) }, () => junk(random));
        const reply = await (sockets[role] as unknown as Loose).timeout(3000).emitWithAck(event, ...args);
        expect(reply, `${role} ${event}`).toMatchObject({
          ok: false,
          error: { code: expect.any(String) as unknown },
        });
        const code = (reply as { error: { code: string } }).error.code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
        answered++;
      });
      await Promise.all(sends);
    }
    expect(answered).toBe(3000);
    expect([...codes.keys()].sort()).toEqual(
      expect.arrayContaining(['forbidden', 'invalid-payload', 'unknown-event']),
    );

    const after = await sockets.display?.emitWithAck('office:sync');
    if (!after?.ok) throw new Error('no snapshot');
    expect(after.value.seq).toBe(before.value.seq);
    expect(after.value.state).toEqual(before.value.state);
    const health = await fetch(`${office.url}/healthz`);
    expect(health.status).toBe(200);
    const draw = await sockets.kiosk?.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' });
    expect(draw?.ok).toBe(true);
  });

  it('survives oversized messages and garbage handshakes', async () => {
    const big = await connect(office.url, { demo: 'kiosk' });
    const gone = new Promise<string>((resolve) => big.once('disconnect', resolve));
    (big as unknown as { emit(e: string, p: unknown): void }).emit('ticket:draw', 'x'.repeat(100_000));
    expect(await gone).toBe('transport close');
    const attempt = (auth: unknown): Promise<string | undefined> =>
      Promise.race([
        connect(office.url, auth as never).then(
          (socket) => (socket.close(), 'connected'),
          (error: { code?: string }) => error.code,
        ),
        new Promise<string>((resolve) => setTimeout(() => resolve('never connected'), 2000)),
      ]);
    for (const auth of [{ token: 5 }, { demo: 'admin' }, { follow: '' }, { admin: 'x'.repeat(10_000) }, {}]) {
      expect(await attempt(auth), JSON.stringify(auth).slice(0, 40)).toMatch(
        /^(invalid-auth|pairing-required)$/,
      );
    }
    // Not even an object: Socket.IO's own parser drops such a handshake before the hub sees it.
    for (const auth of ['garbage', [1, 2]]) expect(await attempt(auth)).toBe('never connected');
    expect((await fetch(`${office.url}/healthz`)).status).toBe(200);
  });
});
