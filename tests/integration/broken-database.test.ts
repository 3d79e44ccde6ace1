import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@aufruf/store';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, runHubUntilExit } from '../support/hub-process.ts';

// The hub started on a database it cannot use must say so in German, name the file and the newest
// backup to restore, and stop with an error code: never a stack trace, never half a hub.

let dataDir = '';
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** A data folder with two daily backups, of which the 26th is the newest. */
function dataWithBackups(): { file: string; newest: string } {
  dataDir = mkdtempSync(join(tmpdir(), 'aufruf-broken-'));
  const backups = join(dataDir, 'backups');
  mkdirSync(backups);
  for (const day of ['2026-11-25', '2026-11-26']) writeFileSync(join(backups, `aufruf-${day}.sqlite`), '');
  return { file: join(dataDir, 'aufruf.sqlite'), newest: join(backups, 'aufruf-2026-11-26.sqlite') };
}

function expectExplained(
  run: { code: number | null; stdout: string; stderr: string },
  words: RegExp,
  file: string,
  newest: string,
): void {
  const output = run.stdout + run.stderr;
  expect(run.code, output).toBe(1);
  expect(output).toMatch(words);
  expect(output).toContain('Aufruf wurde nicht gestartet.');
  expect(output).toContain(file);
  expect(output).toContain(newest);
  expect(output).toContain('So stellen Sie die neueste Sicherung wieder her');
  // No stack trace: no "at …(file:line)" frames, no error class names.
  expect(output).not.toMatch(/\n\s+at |SqliteError|node:internal/);
}

describe('a hub started on a database it cannot use', () => {
  it('says that the file is corrupt and how to restore the newest backup', { timeout: 30_000 }, async () => {
    const { file, newest } = dataWithBackups();
    writeFileSync(file, 'Dies ist keine Datenbank. '.repeat(400));
    const run = await runHubUntilExit({ port: await freePort(), dataDir });
    expectExplained(run, /Die Datenbank ist beschädigt/, file, newest);
  });

  it('says that it may not write the file, and how to go on', { timeout: 30_000 }, async () => {
    const { file, newest } = dataWithBackups();
    openStore({ file }).close();
    chmodSync(file, 0o444);
    // root may write any file; the hub runs as a user without that privilege, as it would in an office.
    const root = process.getuid?.() === 0;
    const nobody = 65534;
    if (root) {
      chownSync(dataDir, nobody, nobody);
      for (const name of ['backups', 'backups/aufruf-2026-11-25.sqlite', 'backups/aufruf-2026-11-26.sqlite'])
        chownSync(join(dataDir, name), nobody, nobody);
      chmodSync(dataDir, 0o755);
    }
    const run = await runHubUntilExit({
      port: await freePort(),
      dataDir,
      ...(root ? { user: nobody, env: { HOME: dataDir } } : {}),
    });
    expectExplained(run, /Aufruf darf die Datenbank nicht beschreiben/, file, newest);
  });
});
