import { readFileSync } from 'node:fs';
import { printerSelectionSchema } from '@aufruf/printer';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** The configuration file of one kiosk or TV PC. */
export const shellConfigSchema = z.strictObject({
  /** What this PC is: the touch kiosk with its printer, or a TV display. */
  role: z.enum(['kiosk', 'display']),
  /** The hub on the office LAN, e.g. http://192.168.10.5:8080 */
  hubUrl: z.url({
    protocol: /^https?$/,
    message: 'must be an http(s) address such as http://192.168.10.5:8080',
  }),
  /** The device token from pairing; left out, the screen asks for a pairing code instead. */
  deviceToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,128}$/, 'a device token as the pairing gave it')
    .optional(),
  /** Full screen without a way out (switch off only to set the PC up). */
  fullscreen: z.boolean().default(true),
  hideCursor: z.boolean().default(true),
  /**
   * Start at login (a login item on Windows and macOS, ~/.config/autostart on Linux). Left out: on in
   * the installed app, off when run from source; false removes what an earlier start set up.
   */
  autostart: z.boolean().optional(),
  /** The kiosk's ticket printer. */
  printer: printerSelectionSchema.default({ kind: 'usb' }),
  /** How often the printer's status is read (it is also read before every ticket). */
  statusIntervalMs: z.number().int().min(1000).max(600_000).default(10_000),
});

export type ShellConfig = z.infer<typeof shellConfigSchema>;

export class ShellConfigError extends Error {
  override readonly name = 'ShellConfigError';
}

/** Reads and validates the PC's config file (YAML or JSON); an error names the field and the problem. */
export function loadShellConfig(file: string): ShellConfig {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ShellConfigError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = shellConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new ShellConfigError(`Invalid configuration in ${file}:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
