// Composition root: reads the configuration, opens the database and starts the hub for the office.
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock } from '@aufruf/core';
import { openStore } from '@aufruf/store';
import { pino } from 'pino';
import { ConfigError, defaultConfig, loadConfigFile, parseConfig } from './config.ts';
import type { OfficeConfig } from './config.ts';
import { scheduleBackups } from './backups.ts';
import { scheduleRetention } from './retention.ts';
import { createHub } from './create-hub.ts';
import { createTicketPrinter, openTransport } from '@aufruf/printer';

function readConfig(): { config: OfficeConfig; source: string; demo: boolean } {
  const { values } = parseArgs({
    options: { config: { type: 'string', short: 'c' }, demo: { type: 'boolean', default: false } },
    allowPositionals: false,
  });
  const file =
    values.config ?? process.env.AUFRUF_CONFIG ?? (existsSync('aufruf.yaml') ? 'aufruf.yaml' : undefined);
  const source = file ?? 'built-in defaults';
  const config = file ? loadConfigFile(file) : parseConfig(defaultConfig, source);
  const port = process.env.PORT;
  if (port !== undefined && !/^\d{1,5}$/.test(port))
    throw new ConfigError(`PORT must be a number, got "${port}"`);
  const publicUrl = process.env.AUFRUF_PUBLIC_URL ?? config.server.publicUrl;
  // Environment variables win over the file, so one file can serve several machines.
  const server = {
    ...config.server,
    ...(publicUrl === undefined ? {} : { publicUrl }),
    host: process.env.HOST ?? config.server.host,
    port: port === undefined ? config.server.port : Number(port),
    dataDir: process.env.AUFRUF_DATA_DIR ?? config.server.dataDir,
  };
  return {
    config: parseConfig({ ...config, server }, source),
    source,
    demo: values.demo || process.env.AUFRUF_DEMO === '1',
  };
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a?.address ?? '');
}

async function main(): Promise<void> {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  let loaded: ReturnType<typeof readConfig>;
  try {
    loaded = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n${error.message}\n\nAufruf did not start. Fix the configuration and start again.`);
      process.exit(1);
    }
    throw error;
  }
  const { config, source, demo } = loaded;
  const dataDir = resolve(config.server.dataDir);
  const store = openStore({ file: join(dataDir, 'aufruf.sqlite') });
  const selection = config.server.printer;
  const printer =
    selection === 'none'
      ? undefined
      : createTicketPrinter(
          openTransport(
            selection === 'preview' ? { kind: 'preview', dir: join(dataDir, 'print-preview') } : selection,
          ),
        );
  // Phones scan the ticket's QR code: it must name the hub by an address they can reach, not localhost.
  const lan = lanAddresses()[0];
  const publicUrl = config.server.publicUrl ?? (lan ? `http://${lan}:${config.server.port}` : undefined);
  const hub = createHub({
    config,
    store,
    logger,
    ...(printer ? { printer } : {}),
    demo,
    ...(publicUrl ? { publicUrl } : {}),
  });
  const { port } = await hub.listen(config.server.port, config.server.host);

  const base = `http://localhost:${port}`;
  console.log(`
  Aufruf – ${config.office.name}
  configuration: ${source}
  data:          ${dataDir}

  Kiosk:    ${base}/kiosk/${demo ? '      (demo mode: pages need no pairing)' : ''}
  Schalter: ${base}/counter/
  Anzeige:  ${base}/display/
  Verwaltung: ${base}/admin/
${lanAddresses()
  .map((ip) => `  im Netz:  http://${ip}:${port}/`)
  .join('\n')}
`);

  const stopBackups = scheduleBackups({
    store,
    dir: join(dataDir, 'backups'),
    keep: config.backup.keep,
    timeZone: config.office.timeZone,
    clock: systemClock,
    logger,
  });
  // Writes the statistics of closed days, then deletes ticket details older than retention.ticketDays.
  const stopRetention = scheduleRetention({
    store,
    ticketDays: config.retention.ticketDays,
    timeZone: config.office.timeZone,
    clock: systemClock,
    logger,
  });

  if (hub.admin.generated) {
    console.log(`  Admin secret (shown only this once, keep it safe): ${hub.admin.generated}\n`);
  }

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    stopBackups();
    stopRetention();
    void hub.close().finally(() => {
      store.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

await main();
