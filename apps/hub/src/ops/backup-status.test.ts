import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createBackupStatus } from './backup-status.ts';
import { registerBackupMetrics } from './metrics.ts';

const AT = Date.UTC(2026, 10, 26, 9);

describe('the backup status staff can read', () => {
  it('keeps the last outcome and the last good copy on each target, also across a failed day', async () => {
    const status = createBackupStatus();
    const registry = new Registry();
    registerBackupMetrics(registry, status);
    expect(await registry.metrics()).toContain('aufruf_backup_last_success_timestamp_seconds 0');

    status.knownSuccess(AT - 86_400_000);
    status.record({
      at: AT,
      day: '2026-11-26',
      local: { file: '/data/backups/aufruf-2026-11-26.sqlite', ok: true, at: AT },
      mirror: {
        file: '/mnt/usb/aufruf-backups/aufruf-2026-11-26.sqlite',
        ok: false,
        at: AT,
        error: 'not there',
      },
    });
    expect(status.view()).toMatchObject({ lastSuccessAt: AT, lastMirrorSuccessAt: undefined });
    const text = await registry.metrics();
    expect(text).toContain(`aufruf_backup_last_success_timestamp_seconds ${AT / 1000}`);
    expect(text).toContain('aufruf_backup_mirror_last_success_timestamp_seconds 0');
    expect(text).toContain('aufruf_backup_last_ok{target="local"} 1');
    expect(text).toContain('aufruf_backup_last_ok{target="mirror"} 0');

    const next = AT + 86_400_000;
    status.record({
      at: next,
      day: '2026-11-27',
      local: { file: '/data/backups/aufruf-2026-11-27.sqlite', ok: false, at: next, error: 'damaged' },
      mirror: null,
    });
    expect(status.lastSuccessAt).toBe(AT);
    expect(status.last?.local.error).toBe('damaged');
    expect(await registry.metrics()).toContain('aufruf_backup_last_ok{target="local"} 0');
  });
});
