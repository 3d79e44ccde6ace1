import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asContents, fakeIpcMain, FakeContents, invokeEvent } from './fake-electron.ts';
import { handleGuarded, isTrustedSender } from './ipc-guard.ts';

const APP = 'http://hub:8080/kiosk/';

function setup() {
  const contents = new FakeContents();
  contents.mainFrame.url = APP;
  const ipc = fakeIpcMain();
  const calls: unknown[] = [];
  handleGuarded(ipc, (event) => isTrustedSender(event, asContents(contents), APP), {
    channel: 'kiosk:print',
    schema: z.strictObject({ ticketId: z.string().min(1).max(64) }),
    handler: (payload) => {
      calls.push(payload);
      return 'printed';
    },
  });
  return { contents, ipc, calls };
}

describe('guarded IPC', () => {
  it('lets our own window’s main frame through with a valid payload', async () => {
    const { contents, ipc, calls } = setup();
    const reply = await ipc.invoke('kiosk:print', invokeEvent(contents, contents.mainFrame), {
      ticketId: 't1',
    });
    expect(reply).toEqual({ ok: true, value: 'printed' });
    expect(calls).toEqual([{ ticketId: 't1' }]);
  });

  it('refuses another window, an iframe and a page navigated elsewhere', async () => {
    const { contents, ipc, calls } = setup();
    const stranger = new FakeContents();
    stranger.mainFrame.url = APP;
    const cases = [
      invokeEvent(stranger, stranger.mainFrame),
      invokeEvent(contents, { url: APP }),
      invokeEvent(contents, null),
    ];
    for (const event of cases) {
      expect(await ipc.invoke('kiosk:print', event, { ticketId: 't1' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    contents.mainFrame.url = 'https://evil.example/kiosk/';
    expect(
      await ipc.invoke('kiosk:print', invokeEvent(contents, contents.mainFrame), { ticketId: 't1' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(calls).toEqual([]);
  });

  it('refuses a bad payload with the field named, before the handler runs', async () => {
    const { contents, ipc, calls } = setup();
    for (const payload of [undefined, 'A 1', { ticketId: '' }, { ticketId: 't1', bytes: [27, 64] }]) {
      const reply = (await ipc.invoke('kiosk:print', invokeEvent(contents, contents.mainFrame), payload)) as {
        ok: boolean;
        error?: { code: string };
      };
      expect(reply.ok).toBe(false);
      expect(reply.error?.code).toBe('invalid-payload');
    }
    expect(calls).toEqual([]);
  });
});
