// Composition root: reads the configuration, opens the database and starts the hub for the office.
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '@aufruf/store';
import { pino } from 'pino';
import { ConfigError, defaultConfig, loadConfigFile, parseConfig } from './config.ts';
import type { OfficeConfig } from './config.ts';
import { createHub } from './create-hub.ts';
import { previewPrinter } from './preview-printer.ts';

function readConfig(): { config: OfficeConfig; source: string } {
  const { values } = parseArgs({
    options: { config: { type: 'string', short: 'c' } },
    allowPositionals: false,
  });
  const file =
    values.config ?? process.env.AUFRUF_CONFIG ?? (existsSync('aufruf.yaml') ? 'aufruf.yaml' : undefined);
  const config = file ? loadConfigFile(file) : parseConfig(defaultConfig, 'built-in defaults');
  const port = process.env.PORT;
  if (port !== undefined && !/^\d{1,5}$/.test(port))
    throw new ConfigError(`PORT must be a number, got "${port}"`);
  // Environment variables win over the file, so one file can serve several machines.
  const publicUrl = process.env.AUFRUF_PUBLIC_URL ?? config.server.publicUrl;
  const server = {
    ...(publicUrl === undefined ? {} : { publicUrl }),
    host: process.env.HOST ?? config.server.host,
    port: port === undefined ? config.server.port : Number(port),
    dataDir: process.env.AUFRUF_DATA_DIR ?? config.server.dataDir,
  };
  return {
    config: parseConfig({ ...config, server }, file ?? 'built-in defaults'),
    source: file ?? 'built-in defaults',
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
  const { config, source } = loaded;
  const dataDir = resolve(config.server.dataDir);
  const store = openStore({ file: join(dataDir, 'aufruf.sqlite') });
  // Phones scan the ticket's QR code: it must name the hub by an address they can reach, not localhost.
  const lan = lanAddresses()[0];
  const publicUrl = config.server.publicUrl ?? (lan ? `http://${lan}:${config.server.port}` : undefined);
  const hub = createHub({
    config,
    store,
    logger,
    printer: previewPrinter(join(dataDir, 'print-preview')),
    ...(publicUrl ? { publicUrl } : {}),
  });
  const { port } = await hub.listen(config.server.port, config.server.host);

  const base = `http://localhost:${port}`;
  console.log(`
  Aufruf – ${config.office.name}
  configuration: ${source}
  data:          ${dataDir}

  Kiosk:    ${base}/kiosk/
  Schalter: ${base}/counter/
  Anzeige:  ${base}/display/
${lanAddresses()
  .map((ip) => `  im Netz:  http://${ip}:${port}/`)
  .join('\n')}
`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    void hub.close().finally(() => {
      store.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

await main();
