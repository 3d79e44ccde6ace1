import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

let office: TestHub;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await office.stop();
});

describe('a request id', () => {
  it('sent twice while both wait for the database draws one ticket, and both get its reply', async () => {
    office = await startTestHub();
    const kiosks = [await connect(office.url), await connect(office.url)];
    sockets.push(...kiosks);
    const file = join(office.dataDir, 'aufruf.sqlite');
    const locker = new Database(file);
    for (let i = 0; i < 5; i++) {
      // Another program holds the write lock: both copies of the request (a kiosk's retry, say) find
      // no stored reply and wait. When the lock goes, one stores the ticket; UNIQUE(request_id) turns
      // the other into that ticket's answer, not a second ticket and not an internal error.
      locker.exec('BEGIN IMMEDIATE');
      const requestId = rid();
      const replies = kiosks.map((kiosk) =>
        kiosk.emitWithAck('ticket:draw', { requestId, errandId: 'ausweis' }),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      locker.exec('ROLLBACK');
      const [first, second] = await Promise.all(replies);
      expect(first?.ok).toBe(true);
      expect(second).toEqual(first);
    }
    locker.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM tickets').pluck().get()).toBe(5);
    db.close();
  });

  it('repeated after its answer was lost gets that answer and does not count against the limit', async () => {
    office = await startTestHub({ limits: { drawsPerMinute: 2 } });
    const kiosk = await connect(office.url);
    sockets.push(kiosk);
    const requestId = rid();
    const first = await kiosk.emitWithAck('ticket:draw', { requestId, errandId: 'ausweis' });
    for (let i = 0; i < 5; i++) {
      expect(await kiosk.emitWithAck('ticket:draw', { requestId, errandId: 'ausweis' })).toEqual(first);
    }
    const fresh = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
    expect(fresh.ok).toBe(true);
  });
});
