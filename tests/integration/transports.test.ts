import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

let office: TestHub | undefined;
afterEach(async () => {
  await office?.stop();
  office = undefined;
});

describe('how browsers connect', () => {
  it('serves a client that starts with long-polling and upgrades, as browsers do', async () => {
    office = await startTestHub();
    // Default transports: HTTP long-polling first, then the WebSocket upgrade.
    const socket = io(office.url, { auth: { demo: 'display' }, reconnection: false, forceNew: true });
    let firstTransport = '';
    socket.io.once('open', () => (firstTransport = socket.io.engine.transport.name));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    expect(firstTransport).toBe('polling');
    const snapshot = (await socket.timeout(3000).emitWithAck('office:sync')) as { ok: boolean };
    expect(snapshot.ok).toBe(true);
    await expect.poll(() => socket.io.engine.transport.name).toBe('websocket');
    socket.close();
    const handshake = await fetch(`${office.url}/socket.io/?EIO=4&transport=polling`);
    expect(handshake.status).toBe(200);
    expect((await fetch(`${office.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${office.url}/counter/`)).status).toBe(200);
  });
});
