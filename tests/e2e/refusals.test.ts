import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, connect, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

// The hub refuses with a code and facts, never with a sentence: each screen says why in its reader's
// language. These two refusals cross the whole path, from the hub's code to the words on the screen.

let browser: Browser;
let office: TestHub | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await office?.stop();
  office = undefined;
});
afterAll(async () => {
  await browser?.close();
});

/** Text as a person reads it: spaces collapsed. */
const plain = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('a refusal, as each screen says it', () => {
  it('the kiosk tells a Turkish visitor in Turkish why no number came', async () => {
    office = await startTestHub({ limits: { drawsPerMinute: 1 } });
    const kiosk = await browser.newPage({ viewport: viewports.kiosk });
    await kiosk.goto(`${office.url}/kiosk/?lang=tr`);
    const tile = kiosk.getByRole('button', { name: /Kimlik kartı \/ pasaport/ });
    await tile.click();
    await kiosk.getByRole('button', { name: 'Tamam' }).click();
    // The next visitor starts in the kiosk's own language; this one is Turkish too.
    await kiosk.getByRole('button', { name: 'Türkçe' }).click();
    // A second number within the minute: the hub refuses it as `rate-limited`.
    await tile.click();
    const alert = kiosk.getByRole('alert');
    await alert.getByRole('heading', { name: 'Maalesef numara alınamadı' }).waitFor();
    expect(plain(await alert.textContent())).toContain(
      'Burada az önce çok sayıda numara alındı. Lütfen biraz bekleyin.',
    );
    // Nothing of the hub's own (English) developer text reaches the screen.
    expect(await alert.textContent()).not.toMatch(/kiosk|Too many/i);
    await shot(kiosk, 'refusal-kiosk-rate-limited-tr');
    await kiosk.close();
  });

  it('the admin page names the errand still in use, in its own language and by its name', async () => {
    office = await startTestHub();
    const visitor = await connect(office.url, { demo: 'kiosk' });
    const drawn = await visitor.emitWithAck('ticket:draw', {
      requestId: 'refusal-e2e-1',
      errandId: 'ausweis',
    });
    visitor.close();
    expect(drawn.ok).toBe(true);

    const admin = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await admin.goto(`${office.url}/admin/?lang=en#einrichtung`);
    await admin.getByLabel('Admin key').fill(ADMIN_SECRET);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByRole('button', { name: /^Remove.*ID card/ }).click();
    await admin.getByLabel('Your name').fill('Ms Weber');
    await admin.getByRole('button', { name: 'Save', exact: true }).click();

    const problem = admin.locator('.setup-problem');
    await problem.waitFor();
    expect(plain(await problem.textContent())).toBe(
      'Numbers are still waiting for “ID card / passport”. Switch the errand off instead (no longer offer it at the kiosk).',
    );
    await problem.scrollIntoViewIfNeeded();
    await shot(admin, 'refusal-admin-settings-in-use-en');
    await admin.close();
  });
});
