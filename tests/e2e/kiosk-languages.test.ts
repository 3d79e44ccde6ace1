import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

let office: TestHub;
let browser: Browser;

/** Records what the kiosk says instead of playing it: Chromium here has no voices. */
const RECORD_SPEECH = () => {
  const spoken: { text: string; lang: string }[] = [];
  (window as unknown as { spoken: typeof spoken }).spoken = spoken;
  window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
    spoken.push({ text: utterance.text, lang: utterance.lang });
  };
  window.speechSynthesis.cancel = () => undefined;
};

beforeAll(async () => {
  office = await startTestHub();
  browser = await launchBrowser();
  // One errand offers a priority ticket, with its own colour and an advice line for the ticket.
  const doc = (await (
    await fetch(`${office.url}/api/admin/settings`, { headers: { authorization: `Bearer ${ADMIN_SECRET}` } })
  ).json()) as {
    version: number;
    settings: { errands: { id: string }[]; texts: object };
  };
  const settings = {
    ...doc.settings,
    errands: doc.settings.errands.map((e) =>
      e.id === 'melde' ? { ...e, priority: true, colour: '#6a3d9a' } : e,
    ),
    texts: {
      advice: { de: 'Bitte halten Sie Ihren Ausweis bereit.', tr: 'Lütfen kimliğinizi hazır bulundurun.' },
    },
  };
  const saved = await fetch(`${office.url}/api/admin/settings`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify({ version: doc.version, by: 'test', settings }),
  });
  expect(saved.status).toBe(200);
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

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);

describe('the kiosk in five languages', () => {
  it('switches language with flagged buttons, mirrors for Arabic and returns to German after the visitor', async () => {
    const page = await kiosk();
    await page.getByRole('heading', { name: 'Bitte wählen Sie Ihr Anliegen' }).waitFor();
    const expected: [string, string, string][] = [
      ['English', 'Please choose your errand', 'ltr'],
      ['Türkçe', 'Lütfen işleminizi seçin', 'ltr'],
      ['Українська', 'Будь ласка, оберіть Вашу справу', 'ltr'],
      ['العربية', 'يرجى اختيار نوع معاملتك', 'rtl'],
    ];
    for (const [name, heading, dir] of expected) {
      await page.getByRole('button', { name }).click();
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
      await expect.poll(() => page.getByRole('button', { name }).getAttribute('aria-pressed')).toBe('true');
    }
    await shot(page, 'kiosk-start-ar');
    // Arabic errand names come from the office's settings (German where none is given).
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await shot(page, 'kiosk-start-tr');
    await page.getByRole('button', { name: /Sonstiges|Diğer/ }).click();
    await page.getByRole('heading', { name: 'Numaranız' }).waitFor();
    await shot(page, 'kiosk-ticket-tr');
    await page.getByRole('button', { name: 'Tamam' }).click();
    await page.getByRole('heading', { name: 'Bitte wählen Sie Ihr Anliegen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.close();
  });

  it('draws a priority number, shows the advice line and offers the toggle only where an errand has it', async () => {
    const page = await kiosk();
    const priority = page.getByRole('button', { name: /Vorrang – barrierefrei/ });
    await priority.click();
    expect(await priority.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: /Führerschein/ }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: /Meldeangelegenheiten/ }).click();
    await page.getByRole('heading', { name: 'Ihre Nummer' }).waitFor();
    await page.getByText('Vorrang', { exact: true }).waitFor();
    await page.getByText('Bitte halten Sie Ihren Ausweis bereit.').waitFor();
    await shot(page, 'kiosk-ticket-priority');
    await page.getByRole('button', { name: 'Fertig' }).click();
    await page.getByRole('heading', { name: 'Bitte wählen Sie Ihr Anliegen' }).waitFor();
    expect(
      await page.getByRole('button', { name: /Vorrang – barrierefrei/ }).getAttribute('aria-pressed'),
    ).toBe('false');
    await page.close();
  });

  it('reads aloud on request: the first tap speaks the errand, the second draws, the number is spoken', async () => {
    const page = await kiosk('/kiosk/?lang=en');
    await page.getByRole('button', { name: 'Read aloud' }).click();
    const tile = page.getByRole('button', { name: /Driving licence/ });
    await tile.click();
    await expect
      .poll(async () => (await spoken(page)).at(-1))
      .toEqual({ text: 'Driving licence. Exchange, international driving permit', lang: 'en-GB' });
    expect(await page.getByRole('heading', { name: 'Your number' }).count()).toBe(0);
    await tile.click();
    await page.getByRole('heading', { name: 'Your number' }).waitFor();
    await expect
      .poll(async () => (await spoken(page)).at(-1)?.text)
      .toMatch(/^Your number is F\s?\d+\. Driving licence\. Ahead of you: \d+/);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'Bitte wählen Sie Ihr Anliegen' }).waitFor();
    expect(await page.getByRole('button', { name: 'Vorlesen' }).getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('can be used with the keyboard alone', async () => {
    const page = await kiosk();
    await page.getByRole('heading', { name: 'Bitte wählen Sie Ihr Anliegen' }).waitFor();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent?.includes('Gewerbe') ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ihre Nummer' }).waitFor();
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
    await shot(page, 'kiosk-more-time');
    await page.getByRole('button', { name: 'Ja, mehr Zeit' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Ihre Nummer' }).waitFor();
    // Unanswered, the question goes after 20 s and the next visitor gets the start screen.
    await page.clock.runFor(16_000);
    await dialog.waitFor();
    await page.clock.runFor(21_000);
    await page.getByRole('heading', { name: 'Bitte wählen Sie Ihr Anliegen' }).waitFor();
    await page.close();
  });

  it('has touch targets of at least 80 px and no serious axe violation in German and Arabic', async () => {
    for (const lang of ['de', 'ar']) {
      const page = await kiosk(`/kiosk/?lang=${lang}`);
      await page.locator('.errand-tile').first().waitFor();
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button')]
          .map((b) => ({ name: b.textContent ?? '', box: b.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 80 || box.height < 80)
          .map(({ name, box }) => `${name}: ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('.errand-tile').first().click();
      await page.locator('.ticket-number').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, `kiosk-ticket-${lang}`);
      await page.close();
    }
  });
});
