import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHubClient } from '@aufruf/client';
import { stateFromPlain } from '@aufruf/core';
import type { HubClient, HubClientOptions } from '@aufruf/client';
import type { Ack, ServerToClientEvents, Snapshot } from '@aufruf/protocol';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub } from '../support/test-hub.ts';

// A page left open across an upgrade, or a hub whose snapshot keeps failing, must not ask for a
// snapshot in a tight loop. A stand-in hub on port 0 answers `office:sync` as each test says, and
// notes when each request came.

interface FakeHub {
  readonly url: string;
  /** When each `office:sync` arrived (ms, performance.now()). */
  readonly syncs: number[];
  /** Decides each answer, by the request's position (0 = first). */
  answer: (index: number) => Ack<unknown> | 'unreadable';
  /** Pushes an event batch whose sequence does not follow on: the client must resync. */
  pushGap: () => void;
  close: () => Promise<void>;
}

const refused: Ack<never> = { ok: false, error: { code: 'internal', message: 'snapshot failed' } };

/** A valid snapshot, from a real hub. */
async function realSnapshot(): Promise<Snapshot> {
  const hub = await startTestHub();
  const socket = io(hub.url, { auth: { demo: 'display' }, transports: ['websocket'] });
  try {
    const reply = (await socket.timeout(5000).emitWithAck('office:sync')) as Ack<Snapshot>;
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.value;
  } finally {
    socket.close();
    await hub.stop();
  }
}

async function startFakeHub(): Promise<FakeHub> {
  const http = createServer();
  const server = new Server<Record<string, (...args: unknown[]) => void>, ServerToClientEvents>(http);
  const fake: FakeHub = {
    url: '',
    syncs: [],
    answer: () => refused,
    pushGap: () => server.emit('office:events', { after: 1_000_000, seq: 1_000_001, events: [] }),
    close: () =>
      new Promise((resolve) => {
        void server.close(() => resolve());
      }),
  };
  server.on('connection', (socket) => {
    socket.on('office:sync', (ack: unknown) => {
      const index = fake.syncs.push(performance.now()) - 1;
      const answer = fake.answer(index);
      const reply = answer === 'unreadable' ? { ok: 'yes', value: 42 } : answer;
      if (typeof ack === 'function') (ack as (reply: unknown) => void)(reply);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return Object.assign(fake, { url: `http://127.0.0.1:${port}` });
}

let fake: FakeHub | undefined;
const clients: HubClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await fake?.close();
  fake = undefined;
});

function clientOf(hub: FakeHub, options: Partial<HubClientOptions> = {}): HubClient {
  const client = createHubClient({
    url: hub.url,
    auth: () => ({ demo: 'display' }),
    socket: { transports: ['websocket'] },
    ...options,
  });
  clients.push(client);
  return client;
}

const gaps = (times: readonly number[]): number[] => times.slice(1).map((t, i) => t - (times[i] ?? 0));

/** Each gap lies within the jittered delay (±20 %), with slack for a busy machine on the late side. */
function expectDelays(actual: readonly number[], planned: readonly number[]): void {
  expect(actual.length).toBe(planned.length);
  actual.forEach((gap, i) => {
    const base = planned[i] ?? 0;
    expect(gap, `gap ${i + 1} of ${actual.map(Math.round).join(', ')} ms`).toBeGreaterThanOrEqual(
      base * 0.8 - 5,
    );
    expect(gap, `gap ${i + 1} of ${actual.map(Math.round).join(', ')} ms`).toBeLessThanOrEqual(
      base * 1.2 + 250,
    );
  });
}

describe('a snapshot that fails', () => {
  it('is asked for again after growing delays, up to the cap, and the client goes online once it comes', async () => {
    const snapshot = await realSnapshot();
    fake = await startFakeHub();
    // Five refusals and one unreadable answer (a page older than its hub), then the snapshot.
    fake.answer = (index) =>
      index < 5 ? refused : index === 5 ? 'unreadable' : { ok: true, value: snapshot };
    const client = clientOf(fake, { syncRetry: { firstMs: 100, maxMs: 800 } });

    await expect.poll(() => client.getView().status, { timeout: 15_000 }).toBe('online');
    expect(fake.syncs).toHaveLength(7);
    // 100, 200, 400, 800, then the cap: never a tight loop, never growing without end.
    expectDelays(gaps(fake.syncs), [100, 200, 400, 800, 800, 800]);
    expect(client.getView().state).toEqual(stateFromPlain(snapshot.state));
  });

  it('starts again from the first delay after a success', async () => {
    const snapshot = await realSnapshot();
    fake = await startFakeHub();
    fake.answer = (index) => (index < 3 || index === 4 ? refused : { ok: true, value: snapshot });
    const client = clientOf(fake, { syncRetry: { firstMs: 100, maxMs: 800 } });
    await expect.poll(() => client.getView().status, { timeout: 10_000 }).toBe('online');
    expect(fake.syncs).toHaveLength(4);

    // A batch that does not follow on: the client resyncs; that sync fails once, then succeeds.
    fake.pushGap();
    await expect.poll(() => fake?.syncs.length, { timeout: 10_000 }).toBe(6);
    const [afterSuccess] = gaps(fake.syncs.slice(4));
    expectDelays([afterSuccess ?? 0], [100]);
  });

  it('waits half a second by default before asking again, not at once', async () => {
    fake = await startFakeHub();
    clientOf(fake);
    await expect.poll(() => fake?.syncs.length, { timeout: 10_000 }).toBe(3);
    expectDelays(gaps(fake.syncs), [500, 1000]);
    expect(clients[0]?.getView().status).toBe('connecting');
  });
});
