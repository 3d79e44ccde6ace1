import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startHubProcess } from '../support/hub-process.ts';
import { seeded } from '../support/random.ts';
import { connect, rid } from '../support/test-hub.ts';
import type { TestSocket } from '../support/test-hub.ts';

const ROUNDS = Number(process.env.AUFRUF_CRASH_ROUNDS ?? 10);
const dataDir = mkdtempSync(join(tmpdir(), 'aufruf-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Loose = { timeout(ms: number): { emitWithAck(e: string, p: unknown): Promise<unknown> } };
type Reply = {
  ok: boolean;
  value?: { ticket?: { id: string; letter: string; number: number; day: string } | null };
};

/** Sends until the socket dies; every acknowledged result is recorded. */
async function keepSending(
  socket: TestSocket,
  next: () => [string, object],
  onAck: (event: string, reply: Reply) => void,
) {
  while (socket.connected) {
    const [event, payload] = next();
    try {
      const reply = (await (socket as unknown as Loose).timeout(1000).emitWithAck(event, payload)) as Reply;
      onAck(event, reply);
    } catch {
      // No answer: the hub was killed mid-command. Unacknowledged work may or may not have happened.
    }
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged ticket and never repeats a number, across ${ROUNDS} SIGKILLs under load`, async () => {
    const random = seeded(4711);
    const port = await freePort();
    const acked = new Map<string, { letter: string; number: number; day: string }>();
    const errands = ['ausweis', 'melde', 'fuehrerschein', 'gewerbe', 'sonstiges'];
    const places = ['platz-1', 'platz-2', 'platz-3', 'platz-4'];

    for (let round = 0; round < ROUNDS; round++) {
      const hub = await startHubProcess({ port, dataDir });
      const kiosks = await Promise.all([1, 2, 3].map(() => connect(hub.url, { demo: 'kiosk' })));
      const counters = await Promise.all(places.map(() => connect(hub.url, { demo: 'counter' })));
      const display = await connect(hub.url, { demo: 'display' });

      // Everything acknowledged before the last kill is there, exactly as numbered.
      const snapshot = await display.emitWithAck('office:sync');
      if (!snapshot.ok) throw new Error('no snapshot');
      for (const [id, ticket] of acked) {
        expect(
          snapshot.value.state.tickets.find((t) => t.id === id),
          `ticket ${id} lost after round ${round}`,
        ).toMatchObject(ticket);
      }
      const held = Object.values(snapshot.value.state.places).flatMap((p) =>
        p.ticketId ? [p.ticketId] : [],
      );
      expect(new Set(held).size, 'a ticket held by two places').toBe(held.length);
      for (const place of Object.values(snapshot.value.state.places)) {
        if (place.ticketId)
          expect(snapshot.value.state.tickets.find((t) => t.id === place.ticketId)).toMatchObject({
            status: 'called',
            placeId: place.id,
          });
      }

      const load = [
        ...kiosks.map((k) =>
          keepSending(
            k,
            () => ['ticket:draw', { requestId: rid(), errandId: random.pick(errands) }],
            (_e, reply) => {
              const ticket = reply.value?.ticket;
              if (reply.ok && ticket)
                acked.set(ticket.id, { letter: ticket.letter, number: ticket.number, day: ticket.day });
            },
          ),
        ),
        ...counters.map((c, i) =>
          keepSending(
            c,
            () => [
              random.pick(['counter:call-next', 'counter:complete', 'counter:no-show']),
              { requestId: rid(), placeId: places[i] },
            ],
            () => undefined,
          ),
        ),
      ];
      await new Promise((r) => setTimeout(r, 300 + random.int(1200)));
      hub.child.kill('SIGKILL');
      await hub.exited;
      for (const socket of [...kiosks, ...counters, display]) socket.close();
      await Promise.all(load);
    }

    console.log(`crash test: ${ROUNDS} kills, ${acked.size} acknowledged draws, all kept`);
    expect(acked.size).toBeGreaterThan(ROUNDS * 5);
    // No two acknowledged draws ever got the same number on the same day.
    const labels = [...acked.values()].map((t) => `${t.day} ${t.letter} ${t.number}`);
    expect(new Set(labels).size).toBe(labels.length);
    const db = new Database(join(dataDir, 'aufruf.sqlite'), { readonly: true });
    const repeated = db
      .prepare('SELECT day, letter, number FROM tickets GROUP BY day, letter, number HAVING COUNT(*) > 1')
      .all();
    const stored = db.prepare<[], number>('SELECT COUNT(*) FROM tickets').pluck().get();
    db.close();
    expect(repeated).toEqual([]);
    expect(stored).toBeGreaterThanOrEqual(acked.size);
  }, 180_000);
});
