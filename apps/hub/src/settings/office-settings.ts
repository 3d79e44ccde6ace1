import { defaultCallingRules } from '@aufruf/core';
import type { OfficeSetup, OfficeState } from '@aufruf/core';
import { officeSettingsSchema } from '@aufruf/protocol';
import type { OfficeSettings, PublicOffice, SettingsDocument, SettingsUpdate } from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import type { Logger } from 'pino';
import { ConfigError } from '../config/config.ts';
import type { OfficeConfig } from '../config/config.ts';
import { diffSettings } from './settings-diff.ts';

/** The setup a config file describes: what the first start stores, and what tests start with. */
export const settingsFromConfig = (config: OfficeConfig): OfficeSettings => ({
  name: config.office.name,
  errands: config.errands,
  places: config.places,
  rules: config.rules ?? defaultCallingRules,
  hours: config.hours ?? null,
  texts: config.texts ?? {},
  publicUrl: config.server.publicUrl ?? null,
});

/** What the domain decides with. The time zone is the installation's, not an editable setting. */
export const setupOf = (settings: OfficeSettings, timeZone: string): OfficeSetup => ({
  timeZone,
  errands: settings.errands,
  places: settings.places,
  rules: settings.rules,
  hours: settings.hours,
});

/** The setup a config file describes, as the domain decides with it (tests, the bench's year of data). */
export const officeSetup = (config: OfficeConfig): OfficeSetup =>
  setupOf(settingsFromConfig(config), config.office.timeZone);

/** What every client may see: never server settings beyond the public address. */
export const publicOfficeOf = (
  settings: OfficeSettings,
  timeZone: string,
  listenUrl: string,
): PublicOffice => ({
  name: settings.name,
  publicUrl: settings.publicUrl ?? listenUrl,
  timeZone,
  errands: settings.errands,
  places: settings.places,
  rules: settings.rules,
  hours: settings.hours,
  texts: settings.texts,
});

/** Why the live queue forbids a setup, in plain words; null when it may be saved. */
export function settingsInUse(state: OfficeState, next: OfficeSettings): string | null {
  const places = new Set(next.places.map((p) => p.id));
  const errands = new Set(next.errands.map((e) => e.id));
  for (const place of Object.values(state.places)) {
    if (!places.has(place.id) && place.ticketId !== null) {
      return `Platz "${place.id}" bedient gerade eine Nummer und kann erst danach entfernt werden.`;
    }
  }
  for (const ticket of Object.values(state.tickets)) {
    const open = ticket.status === 'waiting' || ticket.status === 'called';
    if (!open) continue;
    if (ticket.targetPlaceId !== null && !places.has(ticket.targetPlaceId)) {
      return `Nummer ${ticket.letter} ${ticket.number} wartet auf Platz "${ticket.targetPlaceId}"; der Platz kann erst danach entfernt werden.`;
    }
    if (!errands.has(ticket.errandId)) {
      return `Für das Anliegen "${ticket.errandId}" warten noch Nummern. Schalten Sie es stattdessen aus (nicht mehr am Kiosk).`;
    }
  }
  return null;
}

export type SaveOutcome =
  | { readonly ok: true; readonly document: SettingsDocument; readonly before: OfficeSettings }
  | { readonly ok: false; readonly status: 409 | 400; readonly code: string; readonly message: string };

export interface SettingsService {
  readonly current: () => OfficeSettings;
  readonly document: () => SettingsDocument;
  /** Validates against the live queue, then stores the new version with its audit entry. */
  readonly save: (update: SettingsUpdate, state: OfficeState, at: number) => SaveOutcome;
}

/**
 * The office's editable setup. The config file seeds it on the very first start; from then on the
 * database holds it, because the office head edits it in the admin page.
 */
export function createSettingsService(
  store: Store,
  config: OfficeConfig,
  now: () => number,
  logger: Logger,
): SettingsService {
  const stored = store.officeSettings.load();
  let document: SettingsDocument;
  if (stored === undefined) {
    const checked = officeSettingsSchema.safeParse(settingsFromConfig(config));
    if (!checked.success) {
      const first = checked.error.issues[0];
      throw new ConfigError(`Invalid configuration: ${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`);
    }
    const seed = checked.data;
    const at = now();
    const saved = store.officeSettings.save({
      value: seed,
      expectedVersion: 0,
      at,
      by: 'config',
      changes: diffSettings(null, seed),
    });
    document = { settings: seed, version: saved.ok ? saved.version : 1, updatedAt: at, updatedBy: 'config' };
  } else {
    const parsed = officeSettingsSchema.safeParse(stored.value);
    if (!parsed.success) {
      // Only a hand-edited database can get here; starting with a broken setup would be worse.
      throw new Error(`The office settings in the database are invalid: ${parsed.error.message}`);
    }
    document = {
      settings: parsed.data,
      version: stored.version,
      updatedAt: stored.updatedAt,
      updatedBy: stored.updatedBy,
    };
    logger.info(
      { version: stored.version, by: stored.updatedBy },
      'office setup from the database (edited in /admin); the config file only seeds the first start',
    );
  }

  return {
    current: () => document.settings,
    document: () => document,
    save(update, state, at) {
      if (update.version !== document.version) {
        return {
          ok: false,
          status: 409,
          code: 'settings-conflict',
          message: 'Jemand anderes hat die Einstellungen inzwischen geändert. Bitte laden Sie sie neu.',
        };
      }
      const inUse = settingsInUse(state, update.settings);
      if (inUse !== null) return { ok: false, status: 400, code: 'settings-in-use', message: inUse };
      const before = document.settings;
      const changes = diffSettings(before, update.settings);
      const saved = store.officeSettings.save({
        value: update.settings,
        expectedVersion: update.version,
        at,
        by: update.by,
        changes,
      });
      if (!saved.ok) {
        return {
          ok: false,
          status: 409,
          code: 'settings-conflict',
          message: 'Jemand anderes hat die Einstellungen inzwischen geändert. Bitte laden Sie sie neu.',
        };
      }
      document = { settings: update.settings, version: saved.version, updatedAt: at, updatedBy: update.by };
      logger.info(
        { by: update.by, version: saved.version, changes: changes.map((c) => c.path) },
        'office settings changed',
      );
      return { ok: true, document, before };
    },
  };
}
