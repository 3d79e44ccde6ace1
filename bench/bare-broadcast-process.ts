// The floor of the call latency: a plain Socket.IO server with the hub's transport settings and rooms,
// which only relays padded payloads. What the hub adds on top of it is the hub's own cost.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { announceReady, padPayload } from './child-protocol.ts';
import type { BareClientEvents, BareServerEvents, BareSpec } from './child-protocol.ts';

const isSpec = (value: unknown): value is BareSpec => {
  if (typeof value !== 'object' || value === null) return false;
  const spec = value as Partial<Record<keyof BareSpec, unknown>>;
  return (
    typeof spec.staffBytes === 'number' &&
    typeof spec.followBytes === 'number' &&
    Array.isArray(spec.rooms) &&
    spec.rooms.every((room) => typeof room === 'string')
  );
};

const httpServer = createServer();
// The same engine settings as the hub (create-hub.ts), so pings and buffers cost the same.
const io = new Server<BareClientEvents, BareServerEvents>(httpServer, {
  serveClient: false,
  maxHttpBufferSize: 16 * 1024,
  pingInterval: 2500,
  pingTimeout: 2000,
});

io.on('connection', (socket) => {
  const auth = socket.handshake.auth as { role?: unknown; room?: unknown };
  if (auth.role === 'counter' || auth.role === 'display') void socket.join('staff');
  else if (auth.role === 'follow' && typeof auth.room === 'string') void socket.join(`follow:${auth.room}`);
  else return void socket.disconnect(true);

  socket.on('bare:call', (spec, ack) => {
    if (!isSpec(spec) || typeof ack !== 'function') return;
    // Like the hub: the broadcast goes out first, then the sender's acknowledgement.
    io.to('staff').emit('bare:staff', padPayload(spec.staffBytes));
    for (const room of spec.rooms) io.to(`follow:${room}`).emit('bare:follow', padPayload(spec.followBytes));
    ack({ ok: true });
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  const { port } = httpServer.address() as AddressInfo;
  announceReady({ url: `http://127.0.0.1:${port}`, pid: process.pid });
});

const stop = (): void => {
  void io.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
