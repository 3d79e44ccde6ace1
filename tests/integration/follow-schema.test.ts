import { followViewSchema } from '@aufruf/protocol';
import { followPageViewSchema } from '@aufruf/protocol/follow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// The follow page validates with a zod/mini copy of the follow view's schema (a fraction of the size).
// Here both read the same messages from a real hub, and the same broken ones, so they cannot drift.

let office: TestHub;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  office = await startTestHub();
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await office.stop();
});

async function rawView(token: string): Promise<Record<string, unknown>> {
  const page = await connect(office.url, { follow: token });
  sockets.push(page);
  const reply: unknown = await page.emitWithAck('follow:sync');
  const value = (reply as { ok: boolean; value?: unknown }).value;
  if (typeof value !== 'object' || value === null) throw new Error(`no view: ${JSON.stringify(reply)}`);
  return value as Record<string, unknown>;
}

function sameVerdict(raw: unknown): void {
  const classic = followViewSchema.safeParse(raw);
  const mini = followPageViewSchema.safeParse(raw);
  expect(mini.success, JSON.stringify(raw)).toBe(classic.success);
  if (classic.success && mini.success) expect(mini.data).toEqual(classic.data);
}

const with_ = (raw: Record<string, unknown>, key: string, value: unknown) => ({ ...raw, [key]: value });
const withTicket = (raw: Record<string, unknown>, key: string, value: unknown) =>
  with_(raw, 'ticket', { ...(raw['ticket'] as object), [key]: value });
const without = (raw: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(raw).filter(([k]) => k !== key));

describe('the follow page’s own schema', () => {
  let waiting: Record<string, unknown>;
  let called: Record<string, unknown>;
  let served: Record<string, unknown>;

  beforeAll(async () => {
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    const counter = await connect(office.url, { demo: 'counter' });
    sockets.push(kiosk, counter);
    const first = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' });
    const second = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' });
    if (!first.ok || !second.ok) throw new Error('draw failed');
    waiting = await rawView(second.value.followToken);
    await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-2' });
    called = await rawView(first.value.followToken);
    await counter.emitWithAck('counter:complete', { requestId: rid(), placeId: 'platz-2' });
    served = await rawView(first.value.followToken);
  });

  it('reads what the hub sends exactly as the protocol does, in every state', () => {
    expect(waiting).toMatchObject({ ahead: 1, ticket: { status: 'waiting' } });
    expect(called).toMatchObject({ placeName: 'Platz 2', ticket: { status: 'called' } });
    expect(served).toMatchObject({ ticket: { status: 'served' } });
    for (const raw of [waiting, called, served]) {
      expect(followPageViewSchema.safeParse(raw).success).toBe(true);
      sameVerdict(raw);
    }
  });

  it('keeps the estimated wait and accepts its absence (null) the same way', () => {
    const estimate = { minMinutes: 20, maxMinutes: 30, expectedMinutes: 24.5 };
    sameVerdict(with_(waiting, 'estimate', estimate));
    expect(followPageViewSchema.parse(with_(waiting, 'estimate', estimate)).estimate).toEqual(estimate);
    sameVerdict(with_(waiting, 'estimate', null));
  });

  it('rejects what the protocol rejects', () => {
    const broken = [
      without(waiting, 'ticket'),
      without(waiting, 'estimate'),
      without(waiting, 'returnNow'),
      with_(waiting, 'ahead', -1),
      with_(waiting, 'ahead', 1.5),
      with_(waiting, 'ahead', '1'),
      with_(waiting, 'placeName', 2),
      with_(waiting, 'errandName', { en: 'Registration' }),
      with_(waiting, 'errandName', { de: '' }),
      with_(waiting, 'errandName', { de: 'x'.repeat(121) }),
      with_(waiting, 'estimate', { minMinutes: -5, maxMinutes: 5, expectedMinutes: 1 }),
      with_(waiting, 'estimate', { minMinutes: 5, maxMinutes: 10 }),
      with_(waiting, 'serverTime', -1),
      withTicket(waiting, 'status', 'gone'),
      withTicket(waiting, 'letter', 'AB'),
      withTicket(waiting, 'letter', 'a'),
      withTicket(waiting, 'number', 0),
      withTicket(waiting, 'day', '26.11.2026'),
      withTicket(waiting, 'id', 'has space'),
      withTicket(waiting, 'id', ''),
      withTicket(waiting, 'placeId', undefined),
      withTicket(waiting, 'calls', -1),
      'A 2 ist dran',
      null,
    ];
    for (const raw of broken) {
      expect(followViewSchema.safeParse(raw).success, JSON.stringify(raw)).toBe(false);
      sameVerdict(raw);
    }
  });

  it('drops unknown fields, as the protocol does', () => {
    sameVerdict(with_(called, 'secret', 'x'));
    expect(followPageViewSchema.parse(with_(called, 'secret', 'x'))).not.toHaveProperty('secret');
  });
});
