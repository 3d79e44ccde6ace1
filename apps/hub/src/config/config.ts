import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { configSchema } from './config-schema.ts';
import type { OfficeConfig } from './config-schema.ts';
import { defaultConfig } from './default-config.ts';

export { configSchema, defaultConfig };
export type { OfficeConfig };

/** A configuration the hub refuses to start with; the message names the file, the field and the problem. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates a YAML (or JSON) config file. Sections left out take the built-in defaults;
 * anything present must be valid, or the hub does not start at all.
 */
export function loadConfigFile(file: string): OfficeConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read config file ${file}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    throw new ConfigError(`Config file ${file} is not valid YAML: ${(error as Error).message}`);
  }
  return parseConfig(raw ?? {}, file);
}

/** Validates a config object (sections missing from it come from the defaults). */
export function parseConfig(raw: unknown, source = 'config'): OfficeConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${source}: the file must contain a mapping (office:, errands:, places:, server:)`);
  }
  // A section left empty in YAML (only comments under it) reads as null and means: the defaults.
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null));
  const merged = { ...defaultConfig, ...present };
  const result = configSchema.safeParse(merged);
  if (!result.success) throw new ConfigError(describe(result.error, source));
  return result.data;
}

function describe(error: z.ZodError, source: string): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return `  ${path.replace(/^\./, '') || '(top level)'}: ${issue.message}`;
  });
  return `Invalid configuration in ${source}:\n${lines.join('\n')}`;
}
