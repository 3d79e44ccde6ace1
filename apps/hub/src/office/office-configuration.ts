import { serviceDay } from '@aufruf/core';
import type { OfficeSetup, OfficeState } from '@aufruf/core';
import type { PublicOffice, SettingsDocument, SettingsUpdate } from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import type { Logger } from 'pino';
import type { OfficeConfig } from '../config/config.ts';
import { createSettingsService, publicOfficeOf, setupOf } from '../settings/office-settings.ts';
import type { SaveOutcome } from '../settings/office-settings.ts';

/** A save that went through: the new setup is in force; `before` is the one it replaced. */
export type AppliedSave = Extract<SaveOutcome, { ok: true }> & { readonly beforeSetup: OfficeSetup };

/**
 * The office's configuration as the hub uses it at any moment: the setup the domain decides with and
 * what every client may see of it. The one place that holds them; everything else reads through it.
 */
export interface OfficeConfiguration {
  readonly setup: () => OfficeSetup;
  readonly publicOffice: () => PublicOffice;
  readonly document: () => SettingsDocument;
  /** The address the hub listens on: where phones go while no public address is set. */
  readonly listeningAt: (url: string) => void;
  /** Checks and stores an edited setup; on success it is in force at once. */
  readonly save: (
    update: SettingsUpdate,
    state: OfficeState,
    at: number,
  ) => AppliedSave | Extract<SaveOutcome, { ok: false }>;
}

export function createOfficeConfiguration(options: {
  readonly store: Store;
  readonly config: OfficeConfig;
  readonly now: () => number;
  readonly logger: Logger;
  /** Where phones reach the hub when the setup names no public address; else the listening address. */
  readonly publicUrl?: string | undefined;
}): OfficeConfiguration {
  const { store, config, now, logger } = options;
  const timeZone = config.office.timeZone;
  const settings = createSettingsService(store, config, now, logger);
  let listenUrl = options.publicUrl ?? 'http://localhost';
  // Holidays of last year, this year and the next two: a kiosk's "next opening" looks a few weeks
  // ahead, and the years move on with the clock (rebuilt when the year changed).
  const yearNow = (): number => Number(serviceDay(now(), timeZone).slice(0, 4));
  let year = yearNow();
  const years = (): number[] => [year - 1, year, year + 1, year + 2];
  let setup = setupOf(settings.current(), timeZone, years());
  let publicOffice = publicOfficeOf(settings.current(), timeZone, listenUrl, setup.exceptions);
  const refresh = (): void => {
    year = yearNow();
    setup = setupOf(settings.current(), timeZone, years());
    publicOffice = publicOfficeOf(settings.current(), timeZone, listenUrl, setup.exceptions);
  };
  // setup() is read by every command: the year is looked at once a minute, not on every read.
  let checkedAt = now();
  const current = (): void => {
    const at = now();
    if (Math.abs(at - checkedAt) < 60_000) return;
    checkedAt = at;
    if (yearNow() !== year) refresh();
  };
  return {
    setup: () => {
      current();
      return setup;
    },
    publicOffice: () => {
      current();
      return publicOffice;
    },
    document: () => settings.document(),
    listeningAt: (url) => {
      if (options.publicUrl !== undefined) return;
      listenUrl = url;
      refresh();
    },
    save: (update, state, at) => {
      const beforeSetup = setup;
      const outcome = settings.save(update, state, at);
      if (!outcome.ok) return outcome;
      refresh();
      return { ...outcome, beforeSetup };
    },
  };
}
