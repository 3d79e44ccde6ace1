// npm run backup [-- --data-dir ./data] [--out file]: a consistent copy of the hub's database, also
// while the hub is running (SQLite's online backup), checked like the daily ones before it gets its
// name. See README, "Backups and restore".
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBackupFile } from '../apps/hub/src/ops/backup-check.ts';
import { writeSnapshot } from '../apps/hub/src/ops/backup-snapshot.ts';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, out: { type: 'string' } },
  allowPositionals: false,
});
// npm runs scripts in the repository's folder; paths typed on the command line mean the folder they
// were typed in (INIT_CWD).
const typedIn = process.env.INIT_CWD ?? process.cwd();
const given = values['data-dir'];
const dataDir =
  given === undefined ? resolve(process.env.AUFRUF_DATA_DIR ?? './data') : resolve(typedIn, given);
const file = join(dataDir, 'aufruf.sqlite');
if (!existsSync(file)) {
  console.error(`No database at ${file}. Use --data-dir to point at the hub's data folder.`);
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out =
  values.out === undefined
    ? join(dataDir, 'backups', `aufruf-manual-${stamp}.sqlite`)
    : resolve(typedIn, values.out);
mkdirSync(dirname(out), { recursive: true });
// Under a temporary name until checked: a half-written or bad file must never look like a backup.
const partial = `${out}.partial`;
try {
  const counts = await writeSnapshot(file, partial);
  const check = checkBackupFile(partial, counts);
  if (!check.ok) {
    rmSync(partial, { force: true });
    console.error(`The copy failed its check (${check.failure}: ${check.detail}); no backup was written.`);
    process.exit(3);
  }
  renameSync(partial, out);
  console.log(`Backup written to ${out}`);
  console.log(
    `Checked: integrity ok, ${counts.tickets} tickets, ${counts.events} events, ${counts.commands} commands.`,
  );
} catch (error) {
  rmSync(partial, { force: true });
  throw error;
}
