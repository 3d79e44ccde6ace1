import type { HandshakeAuth, PairReply } from '@aufruf/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

let office: TestHub;
const sockets: TestSocket[] = [];

beforeEach(async () => {
  // A production hub: no demo mode, every device paired.
  office = await startTestHub({ demo: false, limits: { drawsPerMinute: 5 } });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await office.stop();
});

async function api(path: string, init: { method?: string; body?: unknown; secret?: string | null } = {}) {
  const secret = init.secret === undefined ? ADMIN_SECRET : init.secret;
  const response = await fetch(`${office.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(secret === null ? {} : { authorization: `Bearer ${secret}` }),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  const body = (text.startsWith('{') ? JSON.parse(text) : {}) as Record<string, unknown>;
  return { status: response.status, body, text };
}

/** Pairs a new device the way an office does: the admin makes a code, the device enters it. */
async function pair(role: string, extra: Record<string, unknown> = {}): Promise<PairReply> {
  const created = await api('/api/admin/pairings', {
    method: 'POST',
    body: { role, name: `Test ${role}`, ...extra },
  });
  expect(created.status).toBe(201);
  const code = created.body.code as string;
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  expect(created.body.link).toBe(`${office.url}/${role}/?pair=${code}`);
  const paired = await api('/api/pair', { method: 'POST', body: { code: code.toLowerCase() }, secret: null });
  expect(paired.status).toBe(200);
  return paired.body as unknown as PairReply;
}

async function client(auth: HandshakeAuth): Promise<TestSocket> {
  const socket = await connect(office.url, auth);
  sockets.push(socket);
  return socket;
}

const refusalOf = (auth: HandshakeAuth | undefined): Promise<string> =>
  connect(office.url, auth).then(
    (socket) => {
      socket.close();
      return 'connected';
    },
    (error: { code?: string }) => error.code ?? 'no code',
  );

describe('without a token', () => {
  it('nothing but the public pages is reachable', async () => {
    expect(await refusalOf({} as HandshakeAuth)).toBe('pairing-required');
    expect(await refusalOf({ demo: 'kiosk' })).toBe('pairing-required');
    expect(await refusalOf({ token: 'x'.repeat(43) })).toBe('token-unknown');
    expect(await refusalOf({ admin: 'wrong-secret-123' })).toBe('admin-denied');
    expect(await refusalOf({ follow: 'y'.repeat(22) })).toBe('follow-unknown');
    expect(await refusalOf({ token: 'x', admin: 'y' })).toBe('invalid-auth');
    for (const path of ['/api/admin/devices', '/api/admin/pairings', '/metrics']) {
      expect((await api(path, { secret: null })).status, path).toBe(401);
      expect((await api(path, { secret: 'wrong-secret-123' })).status, path).toBe(401);
    }
    expect((await api('/healthz', { secret: null })).body).toMatchObject({ status: 'ready', database: 'ok' });
    expect((await api('/', { secret: null })).status).toBe(200);
    expect((await api('/kiosk/', { secret: null })).status).not.toBe(401);
  });

  it('a pairing code works once and not after it was used', async () => {
    const created = await api('/api/admin/pairings', {
      method: 'POST',
      body: { role: 'kiosk', name: 'Eingang' },
    });
    const code = created.body.code as string;
    expect((await api('/api/pair', { method: 'POST', body: { code }, secret: null })).status).toBe(200);
    expect((await api('/api/pair', { method: 'POST', body: { code }, secret: null })).status).toBe(404);
    expect((await api('/api/pair', { method: 'POST', body: { code: 'no' }, secret: null })).status).toBe(400);
    expect((await api('/api/pair', { method: 'POST', body: 'x', secret: null })).status).toBe(400);
  });
});

describe('roles', () => {
  it('a kiosk draws; a display, a follow page and a kiosk cannot call, serve or configure', async () => {
    const kioskAuth = await pair('kiosk');
    expect(kioskAuth.identity).toMatchObject({ role: 'kiosk', name: 'Test kiosk' });
    const kiosk = await client({ token: kioskAuth.token });
    const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
    if (!drawn.ok) throw new Error(drawn.error.message);
    const display = await client({ token: (await pair('display')).token });
    const follow = await client({ follow: drawn.value.followToken });
    const before = await display.emitWithAck('office:sync');

    type Loose = { timeout(ms: number): { emitWithAck(e: string, p: unknown): Promise<unknown> } };
    const attempts: [string, unknown][] = [
      ['counter:call-next', { requestId: rid(), placeId: 'platz-1' }],
      ['counter:call', { requestId: rid(), placeId: 'platz-1', ticketId: drawn.value.ticket.id }],
      ['counter:complete', { requestId: rid(), placeId: 'platz-1' }],
      ['counter:configure', { requestId: rid(), placeId: 'platz-1', errandIds: [] }],
      ['counter:pause', { requestId: rid(), placeId: 'platz-1', paused: true }],
      ['ticket:draw', { requestId: rid(), errandId: 'ausweis' }],
    ];
    for (const [who, socket] of [
      ['kiosk', kiosk],
      ['display', display],
      ['follow', follow],
    ] as const) {
      for (const [event, payload] of attempts) {
        if (who === 'kiosk' && event === 'ticket:draw') continue;
        const reply = await (socket as unknown as Loose).timeout(2000).emitWithAck(event, payload);
        expect(reply, `${who} ${event}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    const followSync = await (follow as unknown as Loose).timeout(2000).emitWithAck('office:sync', undefined);
    expect(followSync).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const view = await follow.emitWithAck('follow:sync');
    expect(view.ok && view.value.ticket.id).toBe(drawn.value.ticket.id);
    const after = await display.emitWithAck('office:sync');
    expect(after.ok && after.value.seq).toBe(before.ok && before.value.seq);
  });

  it('a counter paired for one place may act only for that place', async () => {
    const kiosk = await client({ token: (await pair('kiosk')).token });
    await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' });
    const paired = await pair('counter', { placeId: 'platz-2' });
    expect(paired.identity.placeId).toBe('platz-2');
    const counter = await client({ token: paired.token });
    const elsewhere = await counter.emitWithAck('counter:call-next', {
      requestId: rid(),
      placeId: 'platz-1',
    });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'wrong-place' } });
    const here = await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-2' });
    expect(here.ok).toBe(true);
    const snapshot = await counter.emitWithAck('office:sync');
    expect(snapshot.ok && snapshot.value.you).toMatchObject({ role: 'counter', placeId: 'platz-2' });
  });

  it('refuses pairing for a place that does not exist', async () => {
    const reply = await api('/api/admin/pairings', {
      method: 'POST',
      body: { role: 'counter', name: 'X', placeId: 'platz-9' },
    });
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'unknown-place' } } });
  });

  it('a revoked device is cut off at once and cannot come back', async () => {
    const paired = await pair('display');
    const display = await client({ token: paired.token });
    const gone = new Promise<string>((resolve) => display.once('disconnect', resolve));
    const listed = await api('/api/admin/devices');
    expect(listed.body.devices).toEqual([
      expect.objectContaining({ id: paired.identity.deviceId, revokedAt: null }),
    ]);
    const revoked = await api(`/api/admin/devices/${paired.identity.deviceId ?? ''}/revoke`, {
      method: 'POST',
    });
    expect(revoked.status).toBe(200);
    expect(await gone).toBe('io server disconnect');
    expect(await refusalOf({ token: paired.token })).toBe('token-revoked');
  });

  it('rate-limits draws per kiosk, but a retried request is still answered', async () => {
    const kiosk = await client({ token: (await pair('kiosk')).token });
    const requestId = rid();
    const first = await kiosk.emitWithAck('ticket:draw', { requestId, errandId: 'gewerbe' });
    for (let i = 0; i < 4; i++)
      await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'gewerbe' });
    const sixth = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'gewerbe' });
    expect(sixth).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(await kiosk.emitWithAck('ticket:draw', { requestId, errandId: 'gewerbe' })).toEqual(first);
  });

  it('counts wrong credentials per kind: valid ones from the same address still get in', async () => {
    const kiosk = await pair('kiosk');
    const draw = await client({ token: kiosk.token });
    const drawn = await draw.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
    if (!drawn.ok) throw new Error(drawn.error.message);
    const wrong = (n: number) => `x${'y'.repeat(20)}${n}`;
    // Ten wrong follow tokens from this address, then more: refused as unknown, then as a flood.
    const follows = [];
    for (let i = 0; i < 12; i++) follows.push(await refusalOf({ follow: wrong(i) }));
    expect(follows.slice(0, 9)).toEqual(Array(9).fill('follow-unknown'));
    expect(follows.slice(10)).toEqual(['rate-limited', 'rate-limited']);
    for (let i = 0; i < 10; i++) await refusalOf({ token: wrong(i) });
    expect(await refusalOf({ token: wrong(99) })).toBe('rate-limited');
    // Unguessable tokens are checked first: the right ones pass, and other kinds are untouched.
    expect(await refusalOf({ follow: drawn.value.followToken })).toBe('connected');
    expect(await refusalOf({ token: kiosk.token })).toBe('connected');
    expect(await refusalOf({ admin: ADMIN_SECRET })).toBe('connected');
    expect((await api('/api/admin/devices')).status).toBe(200);
    // The admin secret is guessable: ten wrong ones block the eleventh try, even the right one.
    for (let i = 0; i < 10; i++) await refusalOf({ admin: `wrong-secret-${i}` });
    expect(await refusalOf({ admin: ADMIN_SECRET })).toBe('rate-limited');
    expect(await refusalOf({ token: kiosk.token })).toBe('connected');
  });

  it('the admin reads metrics in Prometheus text', async () => {
    const kiosk = await client({ token: (await pair('kiosk')).token });
    await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
    const metrics = await api('/metrics');
    expect(metrics.status).toBe(200);
    const { text } = metrics;
    expect(text).toContain('aufruf_tickets_waiting 1');
    expect(text).toContain('aufruf_clients_connected{role="kiosk"} 1');
    expect(text).toMatch(/aufruf_event_handling_seconds_count\{event="ticket:draw"\} 1/);
    // Paired devices by whether they are connected, the printers' states, the staffed places.
    expect(text).toMatch(/aufruf_devices_paired\{role="kiosk",online="true"\} [1-9]/);
    expect(text).toMatch(/aufruf_printer_state\{source="[^"]+",state="[a-z-]+"\} 1/);
    expect(text).toContain('aufruf_places_staffed 0');
  });
});
