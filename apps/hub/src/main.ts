// Composition root: reads the configuration, opens the database and starts the hub for the office.
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock } from '@aufruf/core';
import { officeSettingsSchema } from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import { ConfigError, defaultConfig, loadConfigFile, parseConfig } from './config/config.ts';
import type { OfficeConfig } from './config/config.ts';
import { scheduleBackups } from './ops/backups.ts';
import { createBackupStatus } from './ops/backup-status.ts';
import { holdDataDirForHub } from './ops/data-dir-lock.ts';
import { databasePaths, openOfficeStore, startWithDatabase } from './ops/database-start.ts';
import { scheduleRetention } from './ops/retention.ts';
import { createHub } from './create-hub.ts';
import { createTicketPrinter, openTransport } from '@aufruf/printer';
import { openLogOutput } from './ops/log-output.ts';
import { reachableAddresses, startupBanner } from './ops/startup-banner.ts';

function readConfig(): { config: OfficeConfig; file: string | undefined; demo: boolean } {
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
    file,
    demo: values.demo || process.env.AUFRUF_DEMO === '1',
  };
}

/** This machine's IPv4 addresses on its networks (not loopback, not link-local 169.254.x.x). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((a) => (a && a.family === 'IPv4' && !a.internal ? [a.address] : []))
    .filter((address) => !address.startsWith('169.254.'));
}

/** The office's name and phone address in force: the admin page may have changed the config's. */
function officeInForce(store: Store): { name: string; publicUrl: string | null } | undefined {
  const stored = officeSettingsSchema.safeParse(store.officeSettings.load()?.value);
  return stored.success ? { name: stored.data.name, publicUrl: stored.data.publicUrl } : undefined;
}

async function main(): Promise<void> {
  let loaded: ReturnType<typeof readConfig>;
  try {
    loaded = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(
        `\n${error.message}\n\nAufruf wurde nicht gestartet. Bitte korrigieren Sie die Konfiguration und starten Sie neu.`,
      );
      process.exit(1);
    }
    throw error;
  }
  const { config, file, demo } = loaded;
  const dataDir = resolve(config.server.dataDir);
  const log = openLogOutput(dataDir);
  const { logger } = log;
  // One hub per data folder, and none while `npm run restore` replaces the database.
  const lock = holdDataDirForHub(dataDir, config.server.port, logger);
  // A corrupt, read-only, locked or full database ends the start with a German explanation.
  const database = databasePaths(dataDir);
  // The last backup's outcome, on /metrics (see registerBackupMetrics in ops/metrics.ts).
  const backupStatus = createBackupStatus();
  const store = startWithDatabase(database, logger, () => openOfficeStore(database.file));
  const selection = config.server.printer;
  const previewDir = join(dataDir, 'print-preview');
  const printer =
    selection === 'none'
      ? undefined
      : createTicketPrinter(
          openTransport(selection === 'preview' ? { kind: 'preview', dir: previewDir } : selection),
        );
  // Phones scan the ticket's QR code: it must name the hub by an address they can reach, not localhost.
  const { host } = config.server;
  const lan = reachableAddresses(host, lanAddresses())[0];
  const publicUrl = config.server.publicUrl ?? (lan ? `http://${lan}:${config.server.port}` : undefined);
  const hub = startWithDatabase(database, logger, () =>
    createHub({
      config,
      store,
      logger,
      backupStatus,
      ...(printer ? { printer } : {}),
      demo,
      ...(publicUrl ? { publicUrl } : {}),
    }),
  );
  const { port } = await hub.listen(config.server.port, host);
  lock?.setPort(port);
  logger.info({ port, host, demo }, 'listening');

  const office = officeInForce(store);
  const banner = startupBanner({
    officeName: office?.name ?? config.office.name,
    demo,
    configFile: file ? resolve(file) : null,
    dataDir,
    printer: selection,
    previewDir,
    log: log.target,
    host,
    port,
    lanAddresses: lanAddresses(),
    publicUrl: office?.publicUrl ?? publicUrl ?? null,
    ...(hub.admin.generated ? { adminSecret: hub.admin.generated } : {}),
  });
  // With the JSON log on stdout, the people's text goes to stderr: a log collector reads only JSON.
  (log.target === 'stdout' ? process.stderr : process.stdout).write(banner);

  const { mirror } = config.backup;
  const stopBackups = scheduleBackups({
    source: database.file,
    dir: database.backups,
    mirror: mirror === undefined ? undefined : resolve(mirror),
    status: backupStatus,
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
