import { join } from 'node:path';
import type { EventBatch, OfficeSettings, PublicOffice, SettingsDocument } from '@aufruf/protocol';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

let office: TestHub | undefined;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await office?.stop();
  office = undefined;
});

async function api(method: string, path: string, body?: unknown, raw?: string) {
  if (!office) throw new Error('no hub');
  const response = await fetch(`${office.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' },
    ...(body !== undefined || raw !== undefined ? { body: raw ?? JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const getSettings = async (): Promise<SettingsDocument> =>
  (await api('GET', '/api/admin/settings')).body as unknown as SettingsDocument;

async function snapshotOf(socket: TestSocket) {
  const reply = await socket.emitWithAck('office:sync');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

describe('office settings from the admin page', () => {
  it('are seeded from the config, applied live to connected screens and kept with an audit log', async () => {
    office = await startTestHub();
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    sockets.push(kiosk);
    const doc = await getSettings();
    expect(doc.version).toBe(1);
    expect(doc.updatedBy).toBe('config');
    expect(doc.settings.errands.map((e) => e.id)).toContain('ausweis');

    const counter = await connect(office.url, { demo: 'counter' });
    sockets.push(counter);
    const pushed = new Promise<PublicOffice>((resolve) => kiosk.once('office:settings', resolve));
    const placeEvents = new Promise<EventBatch>((resolve) => counter.once('office:events', resolve));
    const next: OfficeSettings = {
      ...doc.settings,
      errands: [
        ...doc.settings.errands.map((e) =>
          e.id === 'ausweis'
            ? { ...e, name: { ...e.name, de: 'Ausweis und Pass' } }
            : e.id === 'gewerbe'
              ? { ...e, active: false }
              : e,
        ),
        { id: 'fundbuero', letter: 'L', name: { de: 'Fundbüro' }, priority: true },
      ],
      places: [...doc.settings.places, { id: 'platz-5', name: 'Platz 5', errandIds: ['fundbuero'] }],
      rules: { ...doc.settings.rules, maxRecalls: 1 },
    };
    const saved = await api('PUT', '/api/admin/settings', { version: 1, by: 'Frau Weber', settings: next });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    // Screens get the new setup as an event, and the new place its defaults as the command
    // "settings:apply", not as a counter's command and not as a full resync.
    const office_ = await pushed;
    expect(office_.errands.find((e) => e.id === 'ausweis')?.name.de).toBe('Ausweis und Pass');
    expect(office_.places.map((p) => p.id)).toContain('platz-5');
    const batch = await placeEvents;
    // Platz 5 is new; the others serve every errand by default, the new one now included.
    expect(batch.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'PlaceConfigured', placeId: 'platz-5', errandIds: ['fundbuero'] }),
        expect.objectContaining({ type: 'PlaceConfigured', placeId: 'platz-1' }),
      ]),
    );
    const db = new Database(join(office.dataDir, 'aufruf.sqlite'), { readonly: true });
    const command = db
      .prepare('SELECT name FROM commands WHERE id = (SELECT command_id FROM events WHERE seq = ?)')
      .pluck()
      .get(batch.seq);
    db.close();
    expect(command).toBe('settings:apply');

    const snapshot = await snapshotOf(kiosk);
    expect(snapshot.office.errands.find((e) => e.id === 'ausweis')?.name.de).toBe('Ausweis und Pass');
    expect(snapshot.office.rules.maxRecalls).toBe(1);
    expect(snapshot.state.places['platz-5']?.errandIds).toEqual(['fundbuero']);

    // The new errand and its priority ticket work at once; the switched-off one takes no numbers.
    const drawn = await kiosk.emitWithAck('ticket:draw', {
      requestId: rid(),
      errandId: 'fundbuero',
      kind: 'priority',
    });
    expect(drawn.ok && drawn.value.ticket.letter).toBe('L');
    expect(drawn.ok && drawn.value.ticket.kind).toBe('priority');
    const off = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'gewerbe' });
    expect(!off.ok && off.error.code).toBe('errand-inactive');

    const audit = await api('GET', '/api/admin/audit?limit=10');
    const entries = audit.body.entries as { by: string; version: number; changes: { path: string }[] }[];
    expect(entries[0]?.by).toBe('Frau Weber');
    expect(entries[0]?.changes.map((c) => c.path)).toEqual(
      expect.arrayContaining([
        'errands[ausweis].name.de',
        'errands[gewerbe].active',
        'errands[fundbuero]',
        'places[platz-5]',
        'rules.maxRecalls',
      ]),
    );

    // A restart on the same database keeps the edited setup (the config only seeded it) and the kind.
    office = await office.restart();
    const again = await getSettings();
    expect(again.version).toBe(2);
    expect(again.settings.places.map((p) => p.id)).toContain('platz-5');
    const staff = await connect(office.url, { demo: 'counter' });
    sockets.push(staff);
    const after = await snapshotOf(staff);
    const ticket = [...after.state.tickets.values()].find((t) => t.letter === 'L');
    expect(ticket?.kind).toBe('priority');
  });

  it('refuse bad input with the field named and change nothing', async () => {
    office = await startTestHub();
    const doc = await getSettings();
    const [first, second] = doc.settings.errands;
    if (!first || !second) throw new Error('errands missing');
    const duplicate = { ...doc.settings, errands: [first, { ...second, letter: first.letter }] };
    const bad = await api('PUT', '/api/admin/settings', { version: 1, by: 'x', settings: duplicate });
    expect(bad.status).toBe(400);
    const error = bad.body.error as { code: string; issues: { path: string; message: string }[] };
    expect(error.code).toBe('invalid-settings');
    expect(error.issues[0]).toEqual({
      path: 'settings.errands[1]',
      message: `letter "${first.letter}" is used twice (also at 0)`,
    });

    const unknown = { ...doc.settings, places: [{ id: 'p', name: 'P', errandIds: ['nope'] }] };
    const badPlace = await api('PUT', '/api/admin/settings', { version: 1, by: 'x', settings: unknown });
    expect((badPlace.body.error as { issues: { path: string }[] }).issues[0]?.path).toBe(
      'settings.places[0].errandIds[0]',
    );

    expect((await api('PUT', '/api/admin/settings', undefined, '{not json')).status).toBe(400);
    expect((await api('PUT', '/api/admin/settings', { version: 1, by: 'x', settings: 'all' })).status).toBe(
      400,
    );
    expect(
      (
        await api('PUT', '/api/admin/settings', {
          version: 1,
          by: 'x',
          settings: { ...doc.settings, name: 'x'.repeat(300_000) },
        })
      ).status,
    ).toBe(413);
    expect(
      (await api('PUT', '/api/admin/settings', { version: 7, by: 'x', settings: doc.settings })).status,
    ).toBe(409);
    const unauthorised = await fetch(`${office.url}/api/admin/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: 1, by: 'x', settings: doc.settings }),
    });
    expect(unauthorised.status).toBe(401);
    expect((await getSettings()).version).toBe(1);
  });

  it('will not remove a place serving someone or an errand with waiting tickets', async () => {
    office = await startTestHub();
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    const counter = await connect(office.url, { demo: 'counter' });
    sockets.push(kiosk, counter);
    await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'melde' });
    await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
    await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-1' });
    const doc = await getSettings();
    const withoutPlace = { ...doc.settings, places: doc.settings.places.filter((p) => p.id !== 'platz-1') };
    const busy = await api('PUT', '/api/admin/settings', { version: 1, by: 'x', settings: withoutPlace });
    expect(busy.status).toBe(400);
    // Facts, not a sentence: the admin page words them in its own language.
    expect(busy.body.error).toMatchObject({
      code: 'settings-in-use',
      detail: { kind: 'place-serving', placeId: 'platz-1' },
    });
    const withoutErrand = {
      ...doc.settings,
      errands: doc.settings.errands.filter((e) => e.id !== 'ausweis'),
    };
    const waiting = await api('PUT', '/api/admin/settings', { version: 1, by: 'x', settings: withoutErrand });
    expect(waiting.body.error).toMatchObject({
      code: 'settings-in-use',
      detail: { kind: 'errand-waiting', errandId: 'ausweis' },
    });
    // Switching it off instead is fine.
    const switchedOff = {
      ...doc.settings,
      errands: doc.settings.errands.map((e) => (e.id === 'ausweis' ? { ...e, active: false } : e)),
    };
    expect(
      (await api('PUT', '/api/admin/settings', { version: 1, by: 'x', settings: switchedOff })).status,
    ).toBe(200);
  });

  it('renames a paired device', async () => {
    office = await startTestHub({ demo: false });
    const pairing = await api('POST', '/api/admin/pairings', { role: 'display', name: 'Flur' });
    const redeemed = await fetch(`${office.url}/api/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: pairing.body.code }),
    });
    const { identity } = (await redeemed.json()) as { identity: { deviceId: string } };
    const { deviceId } = identity;
    expect((await api('PATCH', `/api/admin/devices/${deviceId}`, { name: 'Flur 2. OG' })).status).toBe(200);
    const devices = (await api('GET', '/api/admin/devices')).body.devices as { id: string; name: string }[];
    expect(devices.find((d) => d.id === deviceId)?.name).toBe('Flur 2. OG');
    expect((await api('PATCH', '/api/admin/devices/nope', { name: 'x' })).status).toBe(404);
    expect((await api('PATCH', `/api/admin/devices/${deviceId}`, { name: '' })).status).toBe(400);
  });
});
