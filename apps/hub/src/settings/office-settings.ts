import { defaultCallingRules } from '@aufruf/core';
import type { DayException, OfficeSetup, OfficeState } from '@aufruf/core';
import { officeSettingsSchema } from '@aufruf/protocol';
import type {
  ApiErrorCode,
  OfficeSettings,
  PublicOffice,
  SettingsDocument,
  SettingsInUse,
  SettingsUpdate,
} from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import type { Logger } from 'pino';
import { ConfigError } from '../config/config.ts';
import type { OfficeConfig } from '../config/config.ts';
import { mergeExceptions, publicHolidays } from './holidays.ts';
import { diffSettings } from './settings-diff.ts';

/** The setup a config file describes: what the first start stores, and what tests start with. */
export const settingsFromConfig = (config: OfficeConfig): OfficeSettings => ({
  name: config.office.name,
  errands: config.errands,
  places: config.places,
  rules: config.rules ?? defaultCallingRules,
  hours: config.hours ?? null,
  ...(config.closingGraceMinutes === undefined ? {} : { closingGraceMinutes: config.closingGraceMinutes }),
  ...(config.holidayRegion === undefined ? {} : { holidayRegion: config.holidayRegion }),
  ...(config.exceptions === undefined ? {} : { exceptions: config.exceptions }),
  texts: config.texts ?? {},
  publicUrl: config.server.publicUrl ?? null,
});

/**
 * What the domain decides with. The time zone is the installation's, not an editable setting. The
 * exceptions are the office's own and its Land's public holidays of `years` (see exceptionsOf).
 */
export const setupOf = (
  settings: OfficeSettings,
  timeZone: string,
  years: readonly number[] = [],
): OfficeSetup => ({
  timeZone,
  errands: settings.errands,
  places: settings.places,
  rules: settings.rules,
  hours: settings.hours,
  exceptions: exceptionsOf(settings, years),
  closingGraceMinutes: settings.closingGraceMinutes,
});

/** The office's closures and special hours, and its Land's public holidays in these years. */
export function exceptionsOf(settings: OfficeSettings, years: readonly number[]): DayException[] {
  const holidays = settings.holidayRegion ? publicHolidays(settings.holidayRegion, years) : [];
  return mergeExceptions(settings.exceptions ?? [], holidays);
}

/** The setup a config file describes, as the domain decides with it (tests, the bench's year of data). */
export const officeSetup = (config: OfficeConfig): OfficeSetup =>
  setupOf(settingsFromConfig(config), config.office.timeZone);

/** What every client may see: never server settings beyond the public address. */
export const publicOfficeOf = (
  settings: OfficeSettings,
  timeZone: string,
  listenUrl: string,
  exceptions: readonly DayException[] = [],
): PublicOffice => ({
  name: settings.name,
  publicUrl: settings.publicUrl ?? listenUrl,
  timeZone,
  errands: settings.errands,
  places: settings.places,
  rules: settings.rules,
  hours: settings.hours,
  ...(settings.closingGraceMinutes === undefined
    ? {}
    : { closingGraceMinutes: settings.closingGraceMinutes }),
  ...(exceptions.length === 0 ? {} : { exceptions }),
  texts: settings.texts,
});

/** What in the live queue forbids a setup, as facts the admin page words; null when it may be saved. */
export function settingsInUse(state: OfficeState, next: OfficeSettings): SettingsInUse | null {
  const places = new Set(next.places.map((p) => p.id));
  const errands = new Set(next.errands.map((e) => e.id));
  for (const place of Object.values(state.places)) {
    if (!places.has(place.id) && place.ticketId !== null) return { kind: 'place-serving', placeId: place.id };
  }
  for (const ticket of [...state.tickets.values()]) {
    const open = ticket.status === 'waiting' || ticket.status === 'called';
    if (!open) continue;
    if (ticket.targetPlaceId !== null && !places.has(ticket.targetPlaceId)) {
      const { letter, number } = ticket;
      return { kind: 'place-awaited', placeId: ticket.targetPlaceId, ticket: { letter, number } };
    }
    if (!errands.has(ticket.errandId)) return { kind: 'errand-waiting', errandId: ticket.errandId };
  }
  return null;
}

/** The same, for the log and curl: developer text, never shown on a screen. */
const inUseMessage = (inUse: SettingsInUse): string => {
  switch (inUse.kind) {
    case 'place-serving':
      return `Place "${inUse.placeId}" is serving a number; remove it afterwards.`;
    case 'place-awaited':
      return `Number ${inUse.ticket.letter} ${inUse.ticket.number} waits for place "${inUse.placeId}"; remove it afterwards.`;
    case 'errand-waiting':
      return `Errand "${inUse.errandId}" has open numbers; switch it off instead.`;
  }
};

/**
 * A refused save: the API error's code (a closed set), developer text, and for `settings-in-use` what
 * is in use, for the admin page to word in its own language.
 */
export interface SaveRefusal {
  readonly ok: false;
  readonly status: 409 | 400;
  readonly code: Extract<ApiErrorCode, 'settings-conflict' | 'settings-in-use'>;
  readonly message: string;
  readonly detail?: SettingsInUse;
}

export type SaveOutcome =
  { readonly ok: true; readonly document: SettingsDocument; readonly before: OfficeSettings } | SaveRefusal;

const conflict: SaveRefusal = {
  ok: false,
  status: 409,
  code: 'settings-conflict',
  message: 'Someone else saved the settings in the meantime; load them again.',
};

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
      if (update.version !== document.version) return conflict;
      const inUse = settingsInUse(state, update.settings);
      if (inUse !== null) {
        return {
          ok: false,
          status: 400,
          code: 'settings-in-use',
          message: inUseMessage(inUse),
          detail: inUse,
        };
      }
      const before = document.settings;
      const changes = diffSettings(before, update.settings);
      const saved = store.officeSettings.save({
        value: update.settings,
        expectedVersion: update.version,
        at,
        by: update.by,
        changes,
      });
      if (!saved.ok) return conflict;
      document = { settings: update.settings, version: saved.version, updatedAt: at, updatedBy: update.by };
      logger.info(
        { by: update.by, version: saved.version, changes: changes.map((c) => c.path) },
        'office settings changed',
      );
      return { ok: true, document, before };
    },
  };
}
