// Where the hub's structured log goes. A person who started the hub in a terminal reads the start-up
// block, not JSON: by default the log is a file in the data folder. A service manager (systemd, a
// container) that collects stdout sets AUFRUF_LOG=stdout.
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import type { Logger } from 'pino';

export interface LogOutput {
  readonly logger: Logger;
  /** The log file's path, or 'stdout'. */
  readonly target: string;
}

/** Opens the log named by `AUFRUF_LOG` ('stdout' or a file), else `<dataDir>/logs/aufruf.log`. */
export function openLogOutput(dataDir: string, env: NodeJS.ProcessEnv = process.env): LogOutput {
  const level = env.LOG_LEVEL ?? 'info';
  if (env.AUFRUF_LOG === 'stdout') return { logger: pino({ level }), target: 'stdout' };
  const target = resolve(env.AUFRUF_LOG || join(dataDir, 'logs', 'aufruf.log'));
  // Appended, written synchronously: a few lines per visitor cost nothing, and the last lines before a
  // crash are the ones an operator needs. Rotate with logrotate's copytruncate.
  const destination = pino.destination({ dest: target, mkdir: true, append: true, sync: true });
  return { logger: pino({ level }, destination), target };
}
