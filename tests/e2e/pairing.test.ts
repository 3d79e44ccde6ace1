import { describe, expect, it } from 'vitest';
import { launchBrowser, shot, viewports } from '../support/browser.ts';
import { ADMIN_SECRET, startTestHub } from '../support/test-hub.ts';

async function pairingCode(url: string, role: string, name: string): Promise<{ code: string; link: string }> {
  const response = await fetch(`${url}/api/admin/pairings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role, name }),
  });
  return (await response.json()) as { code: string; link: string };
}

describe('pairing a device on its own screen (production hub, no demo mode)', () => {
  it('a kiosk asks for the code, a display redeems its link by itself', async () => {
    const office = await startTestHub({ demo: false });
    const browser = await launchBrowser();
    try {
      const kiosk = await browser.newPage({ viewport: viewports.kiosk });
      await kiosk.goto(`${office.url}/kiosk/`);
      const field = kiosk.getByRole('textbox', { name: 'Kopplungscode' });
      await field.waitFor();
      await shot(kiosk, 'pairing-kiosk');
      const { code } = await pairingCode(office.url, 'kiosk', 'Kiosk Eingang');
      await field.fill(code.toLowerCase());
      await kiosk.getByRole('button', { name: 'Freigeben' }).click();
      await kiosk.getByRole('button', { name: /Führerschein/ }).waitFor();
      // The token survives a reload: the kiosk stays paired.
      await kiosk.reload();
      await kiosk.getByRole('button', { name: /Führerschein/ }).waitFor();

      const { link } = await pairingCode(office.url, 'display', 'TV Wartebereich');
      const tv = await browser.newPage({ viewport: viewports.tv });
      await tv.goto(link);
      await tv.getByRole('list', { name: 'Wartezeiten' }).waitFor();
      expect(new URL(tv.url()).searchParams.has('pair')).toBe(false);

      const devices = (await (
        await fetch(`${office.url}/api/admin/devices`, {
          headers: { authorization: `Bearer ${ADMIN_SECRET}` },
        })
      ).json()) as { devices: { name: string; role: string }[] };
      expect(devices.devices.map((d) => `${d.role}: ${d.name}`).sort()).toEqual([
        'display: TV Wartebereich',
        'kiosk: Kiosk Eingang',
      ]);
    } finally {
      await browser.close();
      await office.stop();
    }
  });
});
