import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on loopback (asked from the OS, then released for the hub to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface HubProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>;
  /** What the process has written so far. */
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/** node's arguments for the real hub from its sources, in demo mode. */
const hubArgs = (extra: readonly string[] = []): string[] => [
  '--import',
  'tsx',
  'apps/hub/src/main.ts',
  '--demo',
  ...extra,
];

/** The hub's environment: loopback only, no log lines, this port and data folder; `env` overrides. */
const hubEnv = (options: {
  port: number;
  dataDir: string;
  env?: Record<string, string> | undefined;
}): NodeJS.ProcessEnv => ({
  ...process.env,
  PORT: String(options.port),
  HOST: '127.0.0.1',
  AUFRUF_DATA_DIR: options.dataDir,
  LOG_LEVEL: 'silent',
  ...options.env,
});

/** Runs the real hub as a process that is expected to stop by itself (a start that fails), and its output. */
export async function runHubUntilExit(options: {
  port: number;
  dataDir: string;
  env?: Record<string, string>;
  /** Run as this user (uid and gid), e.g. one that may not write a file root could. */
  user?: number;
  timeoutMs?: number;
}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, hubArgs(), {
    env: hubEnv(options),
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.user === undefined ? {} : { uid: options.user, gid: options.user }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
  // 'close', not 'exit': all of its output has been read by then.
  const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

/** Starts the real hub (apps/hub/src/main.ts) as its own process and waits until /healthz is ready. */
export async function startHubProcess(options: {
  port: number;
  dataDir: string;
  args?: string[];
  /** Added to (and overriding) the defaults: loopback only, no log lines. */
  env?: Record<string, string>;
}): Promise<HubProcess> {
  const child = spawn(process.execPath, hubArgs(options.args), {
    env: hubEnv(options),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`hub exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, url, exited, stdout: () => stdout, stderr: () => stderr };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`hub did not become ready:\n${output}`);
}
