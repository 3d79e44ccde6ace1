import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHubClient } from '@aufruf/client';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startHubProcess } from '../support/hub-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'aufruf-dead-link-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a dead link on the LAN', () => {
  it('is shown within 5 seconds, and the client recovers by itself', async () => {
    const hub = await startHubProcess({ port: await freePort(), dataDir });
    const client = createHubClient({
      url: hub.url,
      auth: () => ({ demo: 'display' }),
      socket: { transports: ['websocket'] },
    });
    try {
      await expect.poll(() => client.getView().status, { timeout: 10_000 }).toBe('online');
      // A frozen hub keeps its TCP connections open but answers nothing: like a pulled cable.
      hub.child.kill('SIGSTOP');
      const frozenAt = Date.now();
      await expect.poll(() => client.getView().status, { timeout: 8000, interval: 100 }).toBe('offline');
      const detectedAfter = Date.now() - frozenAt;
      console.log(`dead link shown after ${detectedAfter} ms`);
      expect(detectedAfter).toBeLessThan(5000);
      hub.child.kill('SIGCONT');
      await expect.poll(() => client.getView().status, { timeout: 15_000 }).toBe('online');
    } finally {
      client.close();
      hub.child.kill('SIGKILL');
      await hub.exited;
    }
  }, 40_000);
});
