import { manualClock } from '@aufruf/core';
import { afterEach, describe, expect, it } from 'vitest';
import { changeSettings } from '../support/kiosk-page.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

/** Monday 10 March 2025, 08:00 in Berlin: the office hands out numbers. */
const MONDAY_8AM = Date.UTC(2025, 2, 10, 7, 0);

let office: TestHub | undefined;
afterEach(async () => {
  await office?.stop();
  office = undefined;
});

type Named = { id: string; name: unknown };

describe('statistics CSV downloads', () => {
  it('give names that a spreadsheet would run as a formula as text (OWASP CSV injection)', async () => {
    office = await startTestHub({ clock: manualClock(MONDAY_8AM) });
    const { url } = office;
    // The office head names an errand and a place like formulas, by mistake or on purpose.
    await changeSettings(url, ADMIN_SECRET, (settings) => ({
      ...settings,
      errands: (settings.errands as Named[]).map((e, i) =>
        i === 0 ? { ...e, name: { ...(e.name as object), de: '=1+1' } } : e,
      ),
      places: (settings.places as Named[]).map((p, i) => (i === 0 ? { ...p, name: '@SUMME(A1)' } : p)),
    }));
    const errandId = ((await settings(url)).errands as Named[])[0]?.id ?? '';
    const kiosk = await connect(url, { demo: 'kiosk' });
    expect((await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId })).ok).toBe(true);
    kiosk.close();

    const csv = async (query: string): Promise<string[]> => {
      const response = await fetch(`${url}/api/admin/stats.csv?${query}`, {
        headers: { authorization: `Bearer ${ADMIN_SECRET}` },
      });
      expect(response.status).toBe(200);
      return (await response.text()).split('\r\n');
    };
    const errands = await csv('table=errands&format=excel');
    expect(errands).toContain(`"'=1+1";1;0;0;0;;;;;;`);
    expect(errands.some((line) => /(^|;)=1\+1/.test(line))).toBe(false);
    const places = await csv('table=places&format=standard');
    expect(places[1]).toMatch(/^"'@SUMME\(A1\)",0,0,/);
  });
});

async function settings(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/api/admin/settings`, {
    headers: { authorization: `Bearer ${ADMIN_SECRET}` },
  });
  return ((await response.json()) as { settings: Record<string, unknown> }).settings;
}
