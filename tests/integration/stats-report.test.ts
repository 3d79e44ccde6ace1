import { manualClock } from '@aufruf/core';
import { statsReportSchema } from '@aufruf/protocol';
import type { StatsReport } from '@aufruf/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

const MIN = 60_000;
/** Monday 10 March 2025, 08:00 in Berlin. */
const MONDAY_8AM = Date.UTC(2025, 2, 10, 7, 0);
/** Tuesday, 09:30 in Berlin. */
const TUESDAY_930 = Date.UTC(2025, 2, 11, 8, 30);

let office: TestHub;
const clock = manualClock(MONDAY_8AM);
const sockets: TestSocket[] = [];

beforeEach(async () => {
  clock.set(MONDAY_8AM);
  office = await startTestHub({ clock });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await office.stop();
});

async function client(role: 'kiosk' | 'counter'): Promise<TestSocket> {
  const socket = await connect(office.url, { demo: role });
  sockets.push(socket);
  return socket;
}

/** Moves the hub's clock to `at`, then sends one command that must succeed. */
async function at<T extends { ok: boolean }>(time: number, send: () => Promise<T>): Promise<void> {
  clock.set(time);
  const reply = await send();
  expect(reply.ok).toBe(true);
}

async function get(path: string, secret: string | null = ADMIN_SECRET): Promise<Response> {
  return fetch(
    `${office.url}${path}`,
    secret === null ? {} : { headers: { authorization: `Bearer ${secret}` } },
  );
}

/**
 * Monday: F1 waits 10 min and is served in 12, A1 waits 23 and does not come, F2 is still waiting
 * at closing time. Tuesday: F1 waits 4 min and is served in 6.
 */
async function twoDays(): Promise<void> {
  const kiosk = await client('kiosk');
  const counter = await client('counter');
  const draw = (errandId: string) => () => kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
  const press =
    (event: 'counter:call-next' | 'counter:complete' | 'counter:no-show', placeId: string) => () =>
      counter.emitWithAck(event, { requestId: rid(), placeId });

  await at(MONDAY_8AM, draw('fuehrerschein'));
  await at(MONDAY_8AM + 2 * MIN, draw('ausweis'));
  await at(MONDAY_8AM + 5 * MIN, draw('fuehrerschein'));
  await at(MONDAY_8AM + 10 * MIN, press('counter:call-next', 'platz-1'));
  await at(MONDAY_8AM + 22 * MIN, press('counter:complete', 'platz-1'));
  await at(MONDAY_8AM + 25 * MIN, press('counter:call-next', 'platz-2'));
  await at(MONDAY_8AM + 27 * MIN, press('counter:no-show', 'platz-2'));
  // F2 is taken by nobody: the first command on Tuesday closes Monday and expires it.
  await at(TUESDAY_930, draw('fuehrerschein'));
  await at(TUESDAY_930 + 4 * MIN, press('counter:call-next', 'platz-2'));
  await at(TUESDAY_930 + 10 * MIN, press('counter:complete', 'platz-2'));
}

describe('statistics over a real hub', () => {
  it('reports two office days by day, errand, place and hour', async () => {
    await twoDays();
    const response = await get('/api/admin/stats?from=2025-03-10&to=2025-03-11');
    expect(response.status).toBe(200);
    const report: StatsReport = statsReportSchema.parse(await response.json());

    expect(report.totals).toEqual({ tickets: 4, served: 2, noShow: 1, expired: 1 });
    expect(report.byDay).toEqual([
      { day: '2025-03-10', tickets: 3, served: 1, noShow: 1, expired: 1 },
      { day: '2025-03-11', tickets: 1, served: 1, noShow: 0, expired: 0 },
    ]);
    // Waits of 4, 10 and 23 minutes; figures interpolate within the minute, max is its upper edge.
    expect(report.waits).toEqual({ medianMinutes: 10.5, p90Minutes: 23.7, maxMinutes: 24 });
    const fuehrerschein = report.byErrand.find((e) => e.errandId === 'fuehrerschein');
    expect(fuehrerschein).toEqual({
      errandId: 'fuehrerschein',
      name: 'Führerschein',
      tickets: 3,
      served: 2,
      noShow: 0,
      expired: 1,
      waits: { medianMinutes: 5, p90Minutes: 10.8, maxMinutes: 11 },
      service: { medianMinutes: 7, p90Minutes: 12.8, maxMinutes: 13 },
    });
    // Every configured errand and place is listed, also without tickets.
    expect(report.byErrand.map((e) => e.errandId)).toEqual([
      'ausweis',
      'melde',
      'fuehrerschein',
      'gewerbe',
      'sonstiges',
    ]);
    expect(report.byPlace.map((p) => [p.name, p.served, p.noShow])).toEqual([
      ['Platz 1', 1, 0],
      ['Platz 2', 1, 1],
      ['Platz 3', 0, 0],
      ['Platz 4', 0, 0],
    ]);
    expect(report.byHour.filter((h) => h.tickets > 0)).toEqual([
      { hour: 8, tickets: 3 },
      { hour: 9, tickets: 1 },
    ]);

    // Without a range: today, computed live from its tickets.
    const today = statsReportSchema.parse(await (await get('/api/admin/stats')).json());
    expect(today).toMatchObject({ from: '2025-03-11', to: '2025-03-11', totals: { tickets: 1, served: 1 } });
  });

  it('exports the tables as CSV that German Excel opens, and as standard CSV', async () => {
    await twoDays();
    const excel = await get('/api/admin/stats.csv?from=2025-03-10&to=2025-03-11&table=errands');
    expect(excel.status).toBe(200);
    expect(excel.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(excel.headers.get('content-disposition')).toBe(
      'attachment; filename="aufruf-errands-2025-03-10-2025-03-11.csv"',
    );
    const bytes = new Uint8Array(await excel.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFAnliegen;Tickets;Bedient;Nicht erschienen;Offen bei Tagesschluss;Wartezeit Median (Min.);' +
        'Wartezeit 90 % (Min.);Wartezeit max. (Min.);Bearbeitungszeit Median (Min.);' +
        'Bearbeitungszeit 90 % (Min.);Bearbeitungszeit max. (Min.)',
    );
    expect(lines).toContain('Führerschein;3;2;0;1;5;10,8;11;7;12,8;13');
    expect(lines).toContain('Personalausweis / Reisepass;1;0;1;0;23,5;23,9;24;;;');

    const standard = await get(
      '/api/admin/stats.csv?from=2025-03-10&to=2025-03-11&table=errands&format=standard',
    );
    const plain = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await standard.arrayBuffer());
    expect(plain.charCodeAt(0)).not.toBe(0xfeff);
    expect(plain.split('\r\n')).toContain('Führerschein,3,2,0,1,5,10.8,11,7,12.8,13');

    const days = await (
      await get('/api/admin/stats.csv?from=2025-03-10&to=2025-03-11&table=days&format=standard')
    ).text();
    expect(days).toBe(
      'Tag,Tickets,Bedient,Nicht erschienen,Offen bei Tagesschluss\r\n2025-03-10,3,1,1,1\r\n2025-03-11,1,1,0,0\r\n',
    );
  });

  it('refuses a bad range with 400 and a clear message', async () => {
    const cases: [string, RegExp][] = [
      ['/api/admin/stats?from=2025-03-12&to=2025-03-11', /from \(2025-03-12\) is after to \(2025-03-11\)/],
      ['/api/admin/stats?from=2025-02-30', /from must be a calendar day as YYYY-MM-DD/],
      ['/api/admin/stats?from=2024-01-01&to=2025-03-11', /at most 366/],
      ['/api/admin/stats.csv?table=tickets', /table must be one of days, errands, places, hours/],
      ['/api/admin/stats.csv?format=ods', /format must be excel or standard/],
    ];
    for (const [path, message] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid-query');
      expect(body.error.message).toMatch(message);
    }
  });

  it('answers only with the admin secret', async () => {
    for (const path of ['/api/admin/stats', '/api/admin/stats.csv?table=days']) {
      expect((await get(path, null)).status).toBe(401);
      expect((await get(path, 'not-the-admin-secret')).status).toBe(401);
    }
  });
});
