import type { Clock } from '@aufruf/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openAdmin, openKiosk, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// Issue 13: the estimate counts the places where a clerk is signed in, and knows the closing time. The
// office hands out numbers until 16:00 and serves 30 minutes past it; for passports it stops issuing
// numbers that would not be called by then, for registrations it warns. The hub's clock stands at
// 14:30 on a Thursday (the kiosk follows the hub's clock). With nobody's history, a visitor costs a
// place 7.7 minutes (8 minutes, or 2 for the 5 % who do not come): the 17th number would be called
// after 123 of the 120 minutes left.

const THURSDAY_1430 = Date.UTC(2026, 10, 26, 13, 30);
const skew = THURSDAY_1430 - Date.now();
const clock: Clock = { now: () => Date.now() + skew };

let office: TestHub;
let browser: Browser;
let kiosk: Page;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  office = await startTestHub({
    clock,
    counterGoneMs: 1500,
    config: {
      errands: [
        { id: 'ausweis', letter: 'A', name: { de: 'Personalausweis' }, cutOff: 'stop' },
        { id: 'melde', letter: 'M', name: { de: 'Meldeangelegenheiten' } },
      ],
      hours: { thu: { from: '08:00', until: '16:00' }, fri: { from: '08:00', until: '12:00' } },
      closingGraceMinutes: 30,
    },
  });
  browser = await launchBrowser();
  kiosk = await openKiosk(browser, office.url);
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await browser?.close();
  await office?.stop();
});

const tile = (name: string) => kiosk.getByRole('button', { name: new RegExp(name) });

async function socket(demo: 'kiosk' | 'counter'): Promise<TestSocket> {
  const s = await connect(office.url, { demo });
  sockets.push(s);
  return s;
}

async function signIn(placeId: string): Promise<TestSocket> {
  const clerk = await socket('counter');
  const reply = await clerk.emitWithAck('counter:staff', { requestId: rid(), placeId, staffed: true });
  expect(reply.ok).toBe(true);
  return clerk;
}

describe('closing time and staffing at the kiosk', () => {
  let machine: TestSocket;
  const draw = async (errandId: string) => {
    const reply = await machine.emitWithAck('ticket:draw', { requestId: rid(), errandId });
    return reply.ok ? reply.value : reply.error.code;
  };

  it('stops passports once a new number would be called after 16:30, warns for registrations', async () => {
    machine = await socket('kiosk');
    // Nobody signed in: no wait is promised.
    await expect.poll(() => tile('Personalausweis').textContent()).toMatch(/Vor Ihnen:\s*0\s*$/);
    await signIn('platz-1');
    await expect.poll(() => tile('Personalausweis').textContent()).toContain('unter 5 Minuten');

    for (let i = 1; i <= 16; i++) {
      const drawn = await draw('ausweis');
      expect(typeof drawn === 'string' ? drawn : drawn.ticket.number).toBe(i);
    }
    expect(await draw('ausweis')).toBe('capacity-reached');
    await expect
      .poll(() => tile('Personalausweis').textContent(), { timeout: 2000, interval: 100 })
      .toContain('Heute keine Nummern mehr – die Zeit bis Dienstschluss reicht nicht');
    expect(await tile('Personalausweis').textContent()).toContain('Nummern wieder morgen ab 08:00 Uhr');
    expect(await tile('Personalausweis').isDisabled()).toBe(true);

    // Registrations only warn: the number is given, with the warning on screen, paper and phone.
    const tileText = await tile('Meldeangelegenheiten').textContent();
    expect(tileText).toContain(
      'Ihre Wartezeit reicht voraussichtlich über das Ende der Öffnungszeit hinaus.',
    );
    expect(await tile('Meldeangelegenheiten').isEnabled()).toBe(true);
    const melde = await draw('melde');
    expect(typeof melde === 'string' ? melde : melde.estimate?.pastClosing).toBe(true);
    await shot(kiosk, 'kiosk-closing-time');

    // The office head sees the same projection: passports done only after closing plus grace.
    const admin = await openAdmin(browser, office.url, ADMIN_SECRET);
    const row = admin
      .getByRole('region', { name: 'Wartend je Anliegen' })
      .getByRole('row', { name: /Personalausweis/ });
    await expect
      .poll(() => row.textContent(), { timeout: 10_000 })
      .toMatch(/1[67]:\d\d\s*nach Dienstschluss/);
    await shot(admin, 'admin-closing-projection');
    await admin.close();
  });

  it('counts a second clerk as soon as they sign in, and not once their counter is gone', async () => {
    const second = await signIn('platz-2');
    // Sixteen waiting for two places: about an hour, well before 16:30.
    await expect.poll(() => tile('Personalausweis').isEnabled(), { timeout: 2000, interval: 100 }).toBe(true);
    expect(await tile('Meldeangelegenheiten').textContent()).not.toContain('Öffnungszeit');

    // The counter goes away (closed, unplugged): after the grace the hub signs the place out.
    second.close();
    await expect
      .poll(() => tile('Personalausweis').isDisabled(), { timeout: 10_000, interval: 100 })
      .toBe(true);
    expect(await draw('ausweis')).toBe('capacity-reached');
  });

  it('signs a counter in when it opens, pauses for as long as the clerk says, and signs out', async () => {
    const counter = await browser.newPage({ viewport: viewports.counter });
    await counter.goto(`${office.url}/counter/?platz=platz-3`);
    // The counter takes one press a second (press-guard.ts): the steps below wait that long.
    const settle = () => counter.waitForTimeout(1100);
    // An open counter is a clerk at work: Platz 3 counts, passports are open again.
    await expect
      .poll(() => tile('Personalausweis').isEnabled(), { timeout: 10_000, interval: 100 })
      .toBe(true);

    await counter.getByRole('button', { name: 'Pause', exact: true }).click();
    const lengths = counter.getByRole('group', { name: 'Pause – wie lange?' });
    await lengths.waitFor();
    await shot(counter, 'counter-pause-lengths');
    await lengths.getByRole('button', { name: '30 Min.' }).click();
    // Back at 15:00 (the hub's clock), give or take the test's own minute.
    await expect
      .poll(() => counter.locator('.pause-card__title').textContent())
      .toMatch(/^Pause – Zurück um 15:0\d Uhr$/);
    await shot(counter, 'counter-paused-30');
    // A clerk back in 30 minutes still counts, later: 16 waiting for two places, one of them from 15:00.
    expect(await tile('Personalausweis').isEnabled()).toBe(true);

    await settle();
    await counter.getByRole('button', { name: 'Pause beenden' }).click();
    await settle();
    await counter.getByRole('button', { name: 'Pause', exact: true }).click();
    await counter
      .getByRole('group', { name: 'Pause – wie lange?' })
      .getByRole('button', { name: 'Bis auf Weiteres' })
      .click();
    // "Bis auf Weiteres": the place does not count at all.
    await expect
      .poll(() => tile('Personalausweis').isDisabled(), { timeout: 2000, interval: 100 })
      .toBe(true);
    await settle();
    await counter.getByRole('button', { name: 'Pause beenden' }).click();
    await expect.poll(() => tile('Personalausweis').isEnabled(), { timeout: 2000, interval: 100 }).toBe(true);

    await counter.getByRole('button', { name: 'Abmelden' }).click();
    await counter.getByText('Abgemeldet', { exact: true }).waitFor();
    await expect
      .poll(() => tile('Personalausweis').isDisabled(), { timeout: 2000, interval: 100 })
      .toBe(true);
    // One place left for 17 visitors: the counter's queue says they run past closing.
    await expect
      .poll(() => counter.getByRole('region', { name: 'Ihre Anliegen' }).textContent())
      .toMatch(/fertig ca\. 1[67]:\d\d Uhr – nach Dienstschluss/);
    await shot(counter, 'counter-signed-out');
    await counter.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => tile('Personalausweis').isEnabled(), { timeout: 2000, interval: 100 }).toBe(true);
    await counter.close();
  });
});
