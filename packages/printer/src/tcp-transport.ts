import { connect } from 'node:net';
import type { Socket } from 'node:net';
import type { PrinterTransport } from './transport.ts';
import { STATUS_REQUESTS, offlineStatus, parseStatus } from './status.ts';

export interface TcpOptions {
  readonly host: string;
  readonly port?: number;
  /** Limit for connecting, for a stalled write and for the status answers. */
  readonly timeoutMs?: number;
}

/** After our data is flushed, how long to wait for the printer to close its side. */
const CLOSE_GRACE_MS = 500;

/** A network printer on raw port 9100 ("JetDirect"), spoken to with node:net directly. */
export function tcpTransport({ host, port = 9100, timeoutMs = 3000 }: TcpOptions): PrinterTransport {
  const name = `tcp://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const open = (): Promise<Socket> =>
    new Promise((resolve, reject) => {
      const socket = connect({ host, port });
      socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no connection within ${timeoutMs} ms`)));
      socket.once('error', (error) => reject(new Error(`Printer ${name} not reachable: ${error.message}`)));
      socket.once('connect', () => {
        socket.removeAllListeners('error');
        resolve(socket);
      });
    });

  return {
    name,

    async send(bytes) {
      const socket = await open();
      await new Promise<void>((resolve, reject) => {
        let flushed = false;
        socket.on('error', (error) => reject(new Error(`Printer ${name}: ${error.message}`)));
        socket.on('close', () => resolve());
        // An idle socket before the flush means the printer stopped taking data (buffer full,
        // hung): an error. After the flush it only means the printer keeps its side open.
        socket.setTimeout(timeoutMs, () => {
          if (flushed) socket.destroy();
          else socket.destroy(new Error(`write not finished within ${timeoutMs} ms`));
        });
        socket.resume(); // drain anything the printer sends back, e.g. automatic status
        socket.end(bytes, () => {
          flushed = true;
          socket.setTimeout(Math.min(timeoutMs, CLOSE_GRACE_MS));
        });
      });
    },

    async queryStatus() {
      let socket: Socket;
      try {
        socket = await open();
      } catch (error) {
        return offlineStatus((error as Error).message);
      }
      const answers = await new Promise<number[]>((resolve) => {
        const received: number[] = [];
        const done = (): void => {
          clearTimeout(timer);
          socket.destroy();
          resolve(received);
        };
        const timer = setTimeout(done, timeoutMs);
        socket.on('data', (chunk: Buffer) => {
          received.push(...chunk);
          if (received.length >= STATUS_REQUESTS.length) done();
        });
        socket.on('error', done);
        socket.setTimeout(0);
        // Real-time commands: the printer answers each at once, even while offline.
        socket.write(Buffer.concat(STATUS_REQUESTS));
      });
      if (answers.length === 0) return offlineStatus(`no status answer within ${timeoutMs} ms`);
      const [printer, offline, error, paper] = answers;
      return parseStatus({ printer, offline, error, paper });
    },
  };
}
