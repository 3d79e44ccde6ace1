import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { RECORD_SPEECH, spokenSoFar } from '../support/kiosk-page.ts';
import { startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

// Issue 7 (BITV 2.0 / EN 301 549 for self-service terminals): keyboard, spoken help, time, target sizes.

let office: TestHub;
let browser: Browser;

beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
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
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? '');

/** Presses Tab until the focused element's text matches, at most `limit` times. */
async function tabTo(page: Page, text: RegExp, limit = 20): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (text.test(await focusedText(page))) return;
  }
  throw new Error(`Tab never reached ${String(text)}; focus is on "${await focusedText(page)}"`);
}

describe('the kiosk for everyone', () => {
  it('can be used with the keyboard alone, and focus starts at the top of each new screen', async () => {
    const page = await kiosk();
    await page.getByRole('heading', { name: GERMAN_START }).waitFor();
    // Space on a toggle, Tab in reading order, Enter to draw.
    await tabTo(page, /Ich habe einen Termin/);
    await page.keyboard.press('Space');
    expect(
      await page.getByRole('button', { name: 'Ich habe einen Termin' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.keyboard.press('Space');
    expect(
      await page.getByRole('button', { name: 'Ich habe einen Termin' }).getAttribute('aria-pressed'),
    ).toBe('false');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toMatch(/Gewerbe/);
    // The focus ring is there to see.
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { width: style.outlineWidth, style: style.outlineStyle };
    });
    expect(outline).toEqual({ width: '4px', style: 'solid' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ihre Nummer' }).waitFor();
    expect(await focusedTag(page)).toBe('H1');
    expect(await focusedText(page)).toBe('Ihre Nummer');
    await tabTo(page, /^Fertig$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: GERMAN_START }).waitFor();
    expect(await focusedText(page)).toBe(GERMAN_START);
    await page.close();
  });

  it('reads aloud on request, in the visitor’s language: first tap speaks, second draws, the number is said', async () => {
    const page = await kiosk('/kiosk/?lang=en');
    await page.getByRole('button', { name: 'Read aloud' }).click();
    expect((await spokenSoFar(page)).at(-1)?.lang).toBe('en-GB');
    const tile = page.getByRole('button', { name: /Driving licence/ });
    await tile.click();
    await expect
      .poll(async () => (await spokenSoFar(page)).at(-1))
      .toEqual({ text: 'Driving licence. Exchange, international driving permit', lang: 'en-GB' });
    expect(await page.getByRole('heading', { name: 'Your number' }).count()).toBe(0);
    await tile.click();
    await page.getByRole('heading', { name: 'Your number' }).waitFor();
    await expect
      .poll(async () => (await spokenSoFar(page)).at(-1)?.text)
      .toMatch(
        /^Your number is F\s?\d+\. Driving licence\. Ahead of you: \d+\. Please watch the display\.$/u,
      );
    // "Done" too is said first and done on the second tap.
    await page.getByRole('button', { name: 'Done' }).click();
    expect((await spokenSoFar(page)).at(-1)).toEqual({ text: 'Done', lang: 'en-GB' });
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: GERMAN_START }).waitFor();
    // The next visitor starts without spoken help.
    expect(await page.getByRole('button', { name: 'Vorlesen' }).getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('speaks what the keyboard reaches, each language in its own voice, and a new language in itself', async () => {
    const page = await kiosk('/kiosk/?lang=ar');
    await page.getByRole('button', { name: 'القراءة بصوت عالٍ' }).click();
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, /قبلك/);
    expect((await spokenSoFar(page)).at(-1)?.lang).toBe('ar');
    await tabTo(page, /Українська/);
    expect((await spokenSoFar(page)).at(-1)).toEqual({ text: 'Українська', lang: 'uk-UA' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Будь ласка, оберіть Вашу справу' }).waitFor();
    expect((await spokenSoFar(page)).at(-1)).toEqual({
      text: 'Українська. Будь ласка, оберіть Вашу справу',
      lang: 'uk-UA',
    });
    await page.close();
  });

  it('asks "Brauchen Sie mehr Zeit?" before the ticket screen goes, and gives more time', async () => {
    const page = await kiosk();
    await page.clock.install();
    await page.getByRole('button', { name: /Sonstiges/ }).click();
    await page.getByRole('heading', { name: 'Ihre Nummer' }).waitFor();
    await page.clock.runFor(16_000);
    const dialog = page.getByRole('alertdialog', { name: 'Brauchen Sie mehr Zeit?' });
    await dialog.waitFor();
    // The big button has the focus, and the screen behind cannot be reached.
    expect(await focusedText(page)).toBe('Ja, mehr Zeit');
    expect(await page.evaluate(() => document.getElementById('root')?.inert)).toBe(true);
    await shot(page, 'kiosk-more-time');
    await page.getByRole('button', { name: 'Ja, mehr Zeit' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Startseite in 15 s').waitFor();
    // Unanswered, the question stays 20 s; then the next visitor gets the start screen.
    await page.clock.runFor(16_000);
    await dialog.waitFor();
    await page.clock.runFor(19_000);
    expect(await page.getByRole('heading', { name: 'Ihre Nummer' }).count()).toBe(1);
    await page.clock.runFor(2_000);
    await page.getByRole('heading', { name: GERMAN_START }).waitFor();
    await page.close();
  });

  it('asks before a visitor’s language is reset for the next one, and can be given more time', async () => {
    const page = await kiosk();
    await page.clock.install();
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await page.getByRole('heading', { name: 'Lütfen işleminizi seçin' }).waitFor();
    await page.clock.runFor(61_000);
    const dialog = page.getByRole('alertdialog', { name: 'Daha fazla zamana mı ihtiyacınız var?' });
    await dialog.waitFor();
    await page.getByRole('button', { name: 'Evet, daha fazla zaman' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');
    await page.clock.runFor(61_000);
    await dialog.waitFor();
    await page.clock.runFor(21_000);
    await page.getByRole('heading', { name: GERMAN_START }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.close();
  });

  it('has touch targets of at least 80 × 80 px and no serious axe violation, in German and Arabic', async () => {
    for (const lang of ['de', 'ar']) {
      const page = await kiosk(`/kiosk/?lang=${lang}`);
      await page.locator('.errand-tile').first().waitFor();
      const small = async () =>
        page.evaluate(() =>
          [...document.querySelectorAll('button')]
            .map((b) => ({ name: b.textContent ?? '', box: b.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 80 || box.height < 80)
            .map(({ name, box }) => `${name}: ${Math.round(box.width)}×${Math.round(box.height)}`),
        );
      expect(await page.locator('button').count()).toBeGreaterThan(10);
      expect(await small()).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('.errand-tile').first().click();
      await page.locator('.ticket-number').waitFor();
      expect(await small()).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      // "Fertig" is on screen without scrolling.
      const done = await page.locator('.ticket-actions .primary-button').boundingBox();
      expect(done && done.y + done.height <= viewports.kiosk.height).toBe(true);
      if (lang === 'de') await shot(page, 'kiosk-ticket-de');
      await page.close();
    }
  });
});
