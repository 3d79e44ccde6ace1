// npm run backup [-- --data-dir ./data] [--out file]: a consistent copy of the hub's database, also
// while the hub is running (SQLite's online backup). See README, "Backups and restore".
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '@aufruf/store';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, out: { type: 'string' } },
  allowPositionals: false,
});
const dataDir = resolve(values['data-dir'] ?? process.env.AUFRUF_DATA_DIR ?? './data');
const file = join(dataDir, 'aufruf.sqlite');
if (!existsSync(file)) {
  console.error(`No database at ${file}. Use --data-dir to point at the hub's data folder.`);
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = resolve(values.out ?? join(dataDir, 'backups', `aufruf-manual-${stamp}.sqlite`));
mkdirSync(join(out, '..'), { recursive: true });
const store = openStore({ file });
try {
  await store.backup(out);
  console.log(`Backup written to ${out}`);
} finally {
  store.close();
}
