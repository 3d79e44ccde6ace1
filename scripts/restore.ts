// npm run restore -- FILE [--data-dir ./data]: puts a backup in place of the hub's database, while the
// hub is stopped. Checks the backup first and moves the database it replaces aside (never deletes it).
// See README, "Backups and restore".
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { restoreBackup, restoreExitCode, restoreText } from '../apps/hub/src/ops/restore.ts';

const { values, positionals } = parseArgs({
  options: { 'data-dir': { type: 'string' } },
  allowPositionals: true,
});
const [file, ...extra] = positionals;
if (file === undefined || extra.length > 0) {
  console.error(
    [
      'Aufruf: npm run restore -- <Sicherung.sqlite> [--data-dir <Datenordner>]',
      'Usage:  npm run restore -- <backup.sqlite> [--data-dir <data folder>]',
      '',
      'Der Datenordner ist sonst AUFRUF_DATA_DIR oder ./data. / The data folder defaults to AUFRUF_DATA_DIR or ./data.',
    ].join('\n'),
  );
  process.exit(1);
}
// npm runs scripts in the repository's folder; paths typed on the command line mean the folder they
// were typed in (INIT_CWD).
const typedIn = process.env.INIT_CWD ?? process.cwd();
const given = values['data-dir'];
const dataDir =
  given === undefined ? resolve(process.env.AUFRUF_DATA_DIR ?? './data') : resolve(typedIn, given);
const outcome = restoreBackup({ file: resolve(typedIn, file), dataDir });
const text = restoreText(outcome);
if (outcome.kind === 'restored') console.log(text);
else console.error(text);
process.exit(restoreExitCode(outcome));
