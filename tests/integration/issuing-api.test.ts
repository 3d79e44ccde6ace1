import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

let office: TestHub | undefined;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await office?.stop();
  office = undefined;
});

async function put(hub: TestHub, body: unknown, secret: string | null = ADMIN_SECRET) {
  const response = await fetch(`${hub.url}/api/admin/issuing`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      ...(secret === null ? {} : { authorization: `Bearer ${secret}` }),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('PUT /api/admin/issuing', () => {
  it('stops and resumes issuing for the admin only, and refuses what it cannot do with a clear code', async () => {
    office = await startTestHub();
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    sockets.push(kiosk);

    expect((await put(office, { errandIds: ['melde'], stopped: true }, null)).status).toBe(401);
    const bad = await put(office, { errandIds: [], stopped: 'yes' });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid-payload' } } });
    const unknown = await put(office, { errandIds: ['zauberei'], stopped: true });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'unknown-errand' } } });

    const stopped = await put(office, { errandIds: ['melde', 'gewerbe'], stopped: true });
    expect(stopped).toEqual({ status: 200, body: { stoppedErrands: ['melde', 'gewerbe'] } });
    const refused = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'issuing-stopped' } });

    const resumed = await put(office, { errandIds: ['melde'], stopped: false });
    expect(resumed).toEqual({ status: 200, body: { stoppedErrands: ['gewerbe'] } });
    const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' });
    expect(drawn.ok).toBe(true);

    // Stored as the office head's commands, the refused one too, for the record of the day.
    const db = new Database(join(office.dataDir, 'aufruf.sqlite'), { readonly: true });
    const names = db.prepare("SELECT name FROM commands WHERE name LIKE 'admin:%'").pluck().all();
    db.close();
    expect(names).toEqual(['admin:set-issuing', 'admin:set-issuing', 'admin:set-issuing']);
  });
});
