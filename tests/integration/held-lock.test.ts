import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Ack, CommandReply } from '@aufruf/protocol';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, startHubProcess } from '../support/hub-process.ts';
import type { HubProcess } from '../support/hub-process.ts';
import { connect, rid } from '../support/test-hub.ts';
import type { TestSocket } from '../support/test-hub.ts';

// A backup tool or a second program may hold SQLite's write lock for seconds. The hub must keep
// talking to every screen meanwhile (Socket.IO drops a client that misses its pings for 3.5 s), answer
// each command with its result or a clean "busy", and count every draw exactly once.

const LOCK_MS = 3000;

let hub: HubProcess | undefined;
let dataDir = '';
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  hub?.child.kill('SIGTERM');
  await hub?.exited;
  hub = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

/** Events by name, so one helper can send any of them with a timeout. */
interface Loose {
  timeout(ms: number): { emitWithAck(event: string, payload?: object): Promise<unknown> };
}

/** A draw's number, or why it was refused. */
type DrawReply = CommandReply<'ticket:draw'>;
type Answer = { readonly number: number } | { readonly code: string };

describe('another program holding the database lock', () => {
  it(
    'for 3 s drops no screen, answers every one throughout and counts each draw once',
    { timeout: 90_000 },
    async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'aufruf-lock-'));
      hub = await startHubProcess({ port: await freePort(), dataDir });
      const url = hub.url;
      const open = async (role: 'kiosk' | 'counter' | 'display'): Promise<TestSocket> => {
        const socket = await connect(url, { demo: role });
        sockets.push(socket);
        return socket;
      };
      const kiosks = [await open('kiosk'), await open('kiosk')];
      const counters = [await open('counter'), await open('counter')];
      const displays = [await open('display'), await open('display'), await open('display')];
      const dropped: string[] = [];
      for (const socket of sockets) socket.on('disconnect', (reason) => dropped.push(reason));

      // Every answer comes within the client's own acknowledgement timeout (4 s), or this throws.
      const ask = async <T>(socket: TestSocket, event: string, payload?: object): Promise<Ack<T>> =>
        (await (socket as unknown as Loose).timeout(4000).emitWithAck(event, payload)) as Ack<T>;
      const draws = new Map<string, Answer>();
      const drawOnce = async (kiosk: TestSocket, requestId = rid()): Promise<void> => {
        const reply = await ask<DrawReply>(kiosk, 'ticket:draw', { requestId, errandId: 'ausweis' });
        draws.set(requestId, reply.ok ? { number: reply.value.ticket.number } : { code: reply.error.code });
      };
      for (let i = 0; i < 4; i++) await drawOnce(kiosks[0] as TestSocket);

      const locker = new Database(join(dataDir, 'aufruf.sqlite'));
      locker.exec('BEGIN IMMEDIATE');
      let locked = true;
      const released = sleep(LOCK_MS).then(() => {
        locker.exec('ROLLBACK');
        locked = false;
      });
      const counterCodes: string[] = [];
      const syncs: { ok: boolean; ms: number }[] = [];
      // Everyone keeps working through the lock and a little after it.
      const busyUntilAfter = async (work: () => Promise<void>): Promise<void> => {
        while (locked) await work();
        await work();
      };
      await Promise.all([
        ...kiosks.map((kiosk) => busyUntilAfter(() => drawOnce(kiosk))),
        ...counters.map((counter, i) =>
          busyUntilAfter(async () => {
            const placeId = `platz-${i + 1}`;
            for (const event of ['counter:call-next', 'counter:complete']) {
              const reply = await ask<unknown>(counter, event, { requestId: rid(), placeId });
              if (!reply.ok) counterCodes.push(reply.error.code);
            }
          }),
        ),
        ...displays.map((display) =>
          busyUntilAfter(async () => {
            const sent = performance.now();
            const { ok } = await ask<unknown>(display, 'office:sync');
            syncs.push({ ok, ms: performance.now() - sent });
            await sleep(100);
          }),
        ),
        released,
      ]);
      locker.close();

      expect(dropped).toEqual([]);
      expect(sockets.every((s) => s.connected)).toBe(true);
      expect(syncs.every((sync) => sync.ok)).toBe(true);
      // The hub kept answering while the lock was held: a hub that waited for it stood still for 3 s.
      expect(Math.max(...syncs.map((sync) => sync.ms))).toBeLessThan(2000);
      // Answers are results or a clean "busy": never an internal error, never none.
      const refused = [...[...draws.values()].flatMap((a) => ('code' in a ? [a.code] : [])), ...counterCodes];
      expect(refused.filter((code) => !['busy', 'place-idle', 'queue-empty'].includes(code))).toEqual([]);
      // A kiosk sends a refused draw again with the same request id: now it is drawn, once.
      for (const [requestId, answer] of draws) {
        if ('code' in answer) await drawOnce(kiosks[0] as TestSocket, requestId);
      }
      const numbers = [...draws.values()].map((a) => ('number' in a ? a.number : 0)).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: draws.size }, (_, i) => i + 1));
      const check = new Database(join(dataDir, 'aufruf.sqlite'), { readonly: true });
      expect(check.prepare("SELECT COUNT(*) FROM tickets WHERE letter = 'A'").pluck().get()).toBe(draws.size);
      check.close();
    },
  );
});
