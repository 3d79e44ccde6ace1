import { createFollowClient } from '@aufruf/client';
import type { FollowClient, FollowState } from '@aufruf/client';
import { manualClock } from '@aufruf/core';
import type { DrawReply } from '@aufruf/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

let office: TestHub | undefined;
const clients: FollowClient[] = [];
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of sockets.splice(0)) s.close();
  await office?.stop();
  office = undefined;
});

function follow(hub: TestHub, token: string, options: { resyncMs?: number } = {}): FollowClient {
  const client = createFollowClient({
    url: hub.url,
    token,
    retryMs: 300,
    socket: { transports: ['websocket'] },
    ...options,
  });
  clients.push(client);
  return client;
}

async function socketOf(hub: TestHub, role: 'kiosk' | 'counter'): Promise<TestSocket> {
  const socket = await connect(hub.url, { demo: role });
  sockets.push(socket);
  return socket;
}

async function draw(kiosk: TestSocket): Promise<DrawReply> {
  const reply = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

async function counterDoes(
  counter: TestSocket,
  command: 'counter:call-next' | 'counter:complete' | 'counter:recall',
) {
  const reply = await counter.emitWithAck(command, { requestId: rid(), placeId: 'platz-2' });
  if (!reply.ok) throw new Error(reply.error.message);
}

const until = (client: FollowClient, check: (state: FollowState) => boolean, timeout = 10_000) =>
  expect.poll(() => check(client.getState()), { timeout }).toBe(true);

describe('the follow client', () => {
  it('starts from the full view and follows its ticket live, through the call to the end', async () => {
    office = await startTestHub();
    const kiosk = await socketOf(office, 'kiosk');
    const counter = await socketOf(office, 'counter');
    await draw(kiosk);
    await draw(kiosk);
    const mine = await draw(kiosk);
    const client = follow(office, mine.followToken);

    await until(client, (s) => s.status === 'online');
    const first = client.getState().view;
    expect(first).toMatchObject({
      officeName: 'Bürgerbüro Musterstadt',
      ticket: { id: mine.ticket.id, letter: 'A', number: 3, status: 'waiting' },
      errandName: { de: 'Personalausweis / Reisepass' },
      ahead: 2,
      placeName: null,
    });

    await counterDoes(counter, 'counter:call-next');
    await until(client, (s) => s.view?.ahead === 1);
    await counterDoes(counter, 'counter:complete');
    await counterDoes(counter, 'counter:call-next');
    await until(client, (s) => s.view?.ahead === 0);
    await counterDoes(counter, 'counter:complete');
    await counterDoes(counter, 'counter:call-next');
    await until(client, (s) => s.view?.ticket.status === 'called');
    expect(client.getState().view).toMatchObject({ placeName: 'Platz 2', ticket: { calls: 1 } });

    await counterDoes(counter, 'counter:recall');
    await until(client, (s) => s.view?.ticket.calls === 2);
    await counterDoes(counter, 'counter:complete');
    await until(client, (s) => s.view?.ticket.status === 'served');
    expect(client.getState().status).toBe('online');
  });

  it('says when the hub does not know the token, and stops asking', async () => {
    office = await startTestHub();
    const client = follow(office, 'Unknown_token-0123456789');
    await until(client, (s) => s.status === 'unknown');
    expect(client.getState().view).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(client.getState().status).toBe('unknown');
    expect(office.hub.io.of('/').sockets.size).toBe(0);
  });

  it('shows offline while the hub restarts, then comes back with the current view', async () => {
    office = await startTestHub();
    const kiosk = await socketOf(office, 'kiosk');
    await draw(kiosk);
    const mine = await draw(kiosk);
    const client = follow(office, mine.followToken);
    await until(client, (s) => s.status === 'online' && s.view?.ahead === 1);

    sockets.splice(0).forEach((s) => s.close());
    office = await office.restart(async () => {
      await until(client, (s) => s.status === 'offline');
      // The last view stays: the page keeps showing the number while the link is down.
      expect(client.getState().view?.ticket.id).toBe(mine.ticket.id);
    });
    const counter = await socketOf(office, 'counter');
    await until(client, (s) => s.status === 'online');
    await counterDoes(counter, 'counter:call-next');
    await until(client, (s) => s.view?.ahead === 0);
  });

  it('finds out by itself that a ticket of an earlier day is no longer current', async () => {
    const clock = manualClock(Date.UTC(2026, 10, 26, 8, 0));
    office = await startTestHub({ clock });
    const kiosk = await socketOf(office, 'kiosk');
    const mine = await draw(kiosk);
    const client = follow(office, mine.followToken, { resyncMs: 200 });
    await until(client, (s) => s.status === 'online');

    clock.advance(24 * 60 * 60 * 1000);
    office.hub.office.rollOver();
    await until(client, (s) => s.status === 'unknown');
  });

  it('ignores a push that is not a valid view', async () => {
    office = await startTestHub();
    const kiosk = await socketOf(office, 'kiosk');
    const counter = await socketOf(office, 'counter');
    await draw(kiosk);
    const mine = await draw(kiosk);
    const client = follow(office, mine.followToken);
    await until(client, (s) => s.status === 'online');
    const before = client.getState().view;
    const seen: unknown[] = [];
    client.subscribe(() => seen.push(client.getState().view));

    const room = office.hub.io.to(`follow:${mine.ticket.id}`);
    room.emit('follow:update', { ...before, ahead: -1 } as never);
    room.emit('follow:update', { ...before, ticket: { ...before?.ticket, status: 'gone' } } as never);
    room.emit('follow:update', 'A 2 ist dran' as never);
    // A real change after the bad ones: once it has arrived, the bad ones were seen and dropped.
    await counterDoes(counter, 'counter:call-next');
    await until(client, (s) => s.view?.ahead === 0);
    expect(seen).toEqual([expect.objectContaining({ ahead: 0, ticket: before?.ticket })]);
  });
});
