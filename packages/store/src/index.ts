export { changedRows } from './changed-rows.ts';
export { openStore } from './open-store.ts';
export { isBusy, isDuplicateRequest, sqliteCode } from './sqlite-errors.ts';
export type { WriteProbe } from './probe-write.ts';
export type { CommitInput, Store } from './store.ts';
export type { DayRecord } from './day-record.ts';
export type { Device, DeviceRegistry, DeviceRole, Pairing, Settings } from './devices.ts';
export type { PruneQuery, PruneResult } from './retention.ts';
export type { StatsFigures } from './stats-figures.ts';
export type { DurationFigures } from './stats-histogram.ts';
export type {
  OfficeSettingsStore,
  SaveSettingsResult,
  StoredAuditEntry,
  StoredChange,
  StoredSettings,
} from './office-settings-store.ts';
