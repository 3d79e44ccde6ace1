import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { RECORD_SPEECH, changeSettings } from '../support/kiosk-page.ts';
import { ADMIN_SECRET, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

// Issue 7: the kiosk in German, English, Turkish, Arabic and Ukrainian, and the office's settings for it.

let office: TestHub;
let browser: Browser;

type Errand = { id: string } & Record<string, unknown>;

beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
  // One errand offers a priority ticket, with its own colour, and the ticket screen gets an advice line.
  await changeSettings(office.url, ADMIN_SECRET, (settings) => ({
    ...settings,
    errands: (settings.errands as Errand[]).map((e) =>
      e.id === 'melde' ? { ...e, priority: true, colour: '#6a3d9a' } : e,
    ),
    texts: {
      advice: { de: 'Bitte halten Sie Ihren Ausweis bereit.', tr: 'Lütfen kimliğinizi hazır bulundurun.' },
    },
  }));
});
afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

async function kiosk(path = '/kiosk/'): Promise<Page> {
  const page = await browser.newPage({ viewport: viewports.kiosk });
  await page.addInitScript(RECORD_SPEECH);
  await page.goto(`${office.url}${path}`);
  return page;
}

const GERMAN_START = 'Bitte wählen Sie Ihr Anliegen';
const html = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('the kiosk in five languages', () => {
  it('switches with flagged buttons named in their own language; Arabic turns the page right to left', async () => {
    const page = await kiosk();
    await page.getByRole('heading', { name: GERMAN_START }).waitFor();
    await shot(page, 'kiosk-start-de');
    const expected: [string, string, string, string][] = [
      ['English', 'Please choose your errand', 'en', 'ltr'],
      ['Türkçe', 'Lütfen işleminizi seçin', 'tr', 'ltr'],
      ['Українська', 'Будь ласка, оберіть Вашу справу', 'uk', 'ltr'],
      ['العربية', 'يرجى اختيار نوع معاملتك', 'ar', 'rtl'],
      ['Deutsch', GERMAN_START, 'de', 'ltr'],
    ];
    for (const [name, heading, lang, dir] of expected) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await html(page)).toEqual({ lang, dir });
      expect(await page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed')).toBe('true');
      if (lang === 'ar') {
        // Mirrored: the first tile's letter badge sits at the right edge, the tiles read from the right.
        const tile = await page.locator('.errand-tile').first().boundingBox();
        const badge = await page.locator('.errand-tile-badge').first().boundingBox();
        expect(badge && tile && badge.x > tile.x + tile.width / 2).toBe(true);
        await shot(page, 'kiosk-start-ar');
      }
      if (lang === 'uk') await shot(page, 'kiosk-start-uk');
      if (lang === 'tr') await shot(page, 'kiosk-start-tr');
    }
    await page.close();
  });

  it('draws a ticket in Turkish, and the next visitor finds the kiosk in German again', async () => {
    const page = await kiosk();
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await page.getByRole('heading', { name: 'Lütfen işleminizi seçin' }).waitFor();
    await page.getByRole('button', { name: /Adres kaydı/ }).click();
    await page.getByRole('heading', { name: 'Numaranız' }).waitFor();
    // The office's advice in the visitor's language.
    await page.locator('.ticket-advice').getByText('Lütfen kimliğinizi hazır bulundurun.').waitFor();
    expect(await page.locator('.ticket-number').getAttribute('dir')).toBe('ltr');
    await shot(page, 'kiosk-ticket-tr');
    await page.getByRole('button', { name: 'Tamam' }).click();
    await page.getByRole('heading', { name: GERMAN_START }).waitFor();
    expect(await html(page)).toEqual({ lang: 'de', dir: 'ltr' });
    await page.close();
  });

  it('shows the ticket in Arabic and Ukrainian with the number left to right', async () => {
    for (const lang of ['ar', 'uk'] as const) {
      const page = await kiosk(`/kiosk/?lang=${lang}`);
      await page.locator('.errand-tile').first().click();
      const number = page.locator('.ticket-number');
      await number.waitFor();
      expect(await number.getAttribute('dir')).toBe('ltr');
      expect(await number.textContent()).toMatch(/^A\s\d+$/u);
      // No advice in Arabic or Ukrainian: the German one, marked as German for screen readers.
      expect(await page.locator('.ticket-advice').getAttribute('lang')).toBe('de');
      await shot(page, `kiosk-ticket-${lang}`);
      await page.close();
    }
  });

  it('offers a priority number where an errand has it, and an appointment number for every errand', async () => {
    const page = await kiosk();
    const priority = page.getByRole('button', { name: /Vorrang – barrierefrei/ });
    await priority.click();
    expect(await priority.getAttribute('aria-pressed')).toBe('true');
    // Only the errand that offers priority can be chosen now.
    expect(await page.getByRole('button', { name: /Führerschein/ }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: /Meldeangelegenheiten/ }).click();
    await page.getByRole('heading', { name: 'Ihre Nummer' }).waitFor();
    await page.getByText('Vorrang', { exact: true }).waitFor();
    await page.locator('.ticket-advice').getByText('Bitte halten Sie Ihren Ausweis bereit.').waitFor();
    // The office's own colour on the badge, the letter kept.
    const badge = page.locator('.ticket-errand .errand-badge');
    expect(await badge.textContent()).toBe('M');
    expect(await badge.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(106, 61, 154)');
    await shot(page, 'kiosk-ticket-priority');
    await page.getByRole('button', { name: 'Fertig' }).click();
    await page.getByRole('heading', { name: GERMAN_START }).waitFor();
    expect(await priority.getAttribute('aria-pressed')).toBe('false');

    await page.getByRole('button', { name: 'Ich habe einen Termin' }).click();
    await page.getByRole('button', { name: /Führerschein/ }).click();
    await page.getByRole('heading', { name: 'Ihre Nummer' }).waitFor();
    await page.getByText('Termin', { exact: true }).waitFor();
    await page.close();
  });

  it('follows the settings live: a switched-off errand disappears, outside the hours a calm notice', async () => {
    const page = await kiosk('/kiosk/?lang=tr');
    await page.getByRole('button', { name: /İşletme kaydı/ }).waitFor();
    await changeSettings(office.url, ADMIN_SECRET, (settings) => ({
      ...settings,
      errands: (settings.errands as Errand[]).map((e) => (e.id === 'gewerbe' ? { ...e, active: false } : e)),
    }));
    await page.getByRole('button', { name: /İşletme kaydı/ }).waitFor({ state: 'detached' });
    expect(await page.locator('.errand-tile').count()).toBe(4);

    // Hours that exclude the office's present time, on every day: today's hours are shown.
    const timeZone = office.config.office.timeZone;
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(),
    );
    const today = hour < 12 ? { from: '13:00', until: '14:00' } : { from: '07:00', until: '08:00' };
    const week = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, today]));
    await changeSettings(office.url, ADMIN_SECRET, (settings) => ({ ...settings, hours: week }));
    await page.getByRole('heading', { name: 'Şu anda numara verilmiyor.' }).waitFor();
    await page.getByText(`Bugün numara verme saatleri: ${today.from} – ${today.until}`).waitFor();
    expect(await page.locator('.errand-tile').count()).toBe(0);
    await shot(page, 'kiosk-closed-tr');

    await changeSettings(office.url, ADMIN_SECRET, (settings) => ({
      ...settings,
      hours: null,
      errands: (settings.errands as Errand[]).map((e) => (e.id === 'gewerbe' ? { ...e, active: true } : e)),
    }));
    await page.getByRole('button', { name: /İşletme kaydı/ }).waitFor();
    await page.close();
  });
});
