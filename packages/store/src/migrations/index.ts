import { initial } from './0001-initial.ts';
import { followTokens } from './0002-follow-tokens.ts';
import { devices } from './0003-devices.ts';
import { dailyStats } from './0004-daily-stats.ts';
import { officeSettings } from './0005-office-settings.ts';
import { leanWrites } from './0006-lean-writes.ts';
import { staffing } from './0007-staffing.ts';
import { ticketEndCause } from './0008-ticket-end-cause.ts';
import type { Migration } from './migration.ts';

export type { Migration } from './migration.ts';

/** Every migration in version order; a new one is appended here and never inserted before others. */
export const migrations: readonly Migration[] = [
  initial,
  followTokens,
  devices,
  dailyStats,
  officeSettings,
  leanWrites,
  staffing,
  ticketEndCause,
];
