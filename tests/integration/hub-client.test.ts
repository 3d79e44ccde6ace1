import { createHubClient } from '@aufruf/client';
import type { HubClient, HubView } from '@aufruf/client';
import type { HandshakeAuth } from '@aufruf/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

let office: TestHub | undefined;
const clients: HubClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await office?.stop();
  office = undefined;
});

function clientOf(hub: TestHub, auth: HandshakeAuth): HubClient {
  const client = createHubClient({ url: hub.url, auth: () => auth, socket: { transports: ['websocket'] } });
  clients.push(client);
  return client;
}

const until = (client: HubClient, check: (view: HubView) => boolean, timeout = 10_000) =>
  expect.poll(() => check(client.getView()), { timeout }).toBe(true);

describe('the hub client', () => {
  it('starts from a snapshot and follows every change live', async () => {
    office = await startTestHub();
    const display = clientOf(office, { demo: 'display' });
    const kiosk = clientOf(office, { demo: 'kiosk' });
    await until(display, (v) => v.status === 'online');
    expect(display.getView().you).toMatchObject({ role: 'display' });
    const drawn = await kiosk.send('ticket:draw', { errandId: 'gewerbe' });
    expect(drawn.ok).toBe(true);
    await until(display, (v) => [...(v.state?.tickets.values() ?? [])].some((t) => t.letter === 'G'));
    expect(display.getView().printers).toEqual([expect.objectContaining({ source: 'hub', state: 'ok' })]);
  });

  it('says when the hub refuses it, and why', async () => {
    office = await startTestHub({ demo: false });
    const stranger = clientOf(office, { demo: 'kiosk' });
    await until(stranger, (v) => v.status === 'refused');
    expect(stranger.getView().refusal).toBe('pairing-required');
  });

  it('comes back by itself after a hub restart, with the same queue', async () => {
    office = await startTestHub();
    const kiosk = clientOf(office, { demo: 'kiosk' });
    await until(kiosk, (v) => v.status === 'online');
    await kiosk.send('ticket:draw', { errandId: 'ausweis' });
    await until(kiosk, (v) => v.state?.tickets.size === 1);
    const before = kiosk.getView().state;
    office = await office.restart(async () => {
      await until(kiosk, (v) => v.status === 'offline');
    });
    await until(kiosk, (v) => v.status === 'online');
    expect(kiosk.getView().state).toEqual(before);
    const again = await kiosk.send('ticket:draw', { errandId: 'ausweis' });
    expect(again.ok && again.value.ticket.number).toBe(2);
  });

  it('is refused once its device was revoked', async () => {
    office = await startTestHub({ demo: false });
    const headers = { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' };
    const created = (await (
      await fetch(`${office.url}/api/admin/pairings`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ role: 'display', name: 'TV' }),
      })
    ).json()) as { code: string };
    const paired = (await (
      await fetch(`${office.url}/api/pair`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: created.code }),
      })
    ).json()) as { token: string; identity: { deviceId: string } };
    const tv = clientOf(office, { token: paired.token });
    await until(tv, (v) => v.status === 'online');
    await fetch(`${office.url}/api/admin/devices/${paired.identity.deviceId}/revoke`, {
      method: 'POST',
      headers,
    });
    await until(tv, (v) => v.status === 'refused');
    expect(tv.getView().refusal).toBe('token-revoked');
  });
});
