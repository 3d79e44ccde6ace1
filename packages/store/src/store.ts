import type { DayRecord } from './day-record.ts';
import type { DeviceRegistry, Settings } from './devices.ts';
import type { WriteProbe } from './probe-write.ts';
import type { OfficeSettingsStore } from './office-settings-store.ts';
import type { PruneQuery, PruneResult } from './retention.ts';
import type { StatsFigures } from './stats-figures.ts';
import type { ServiceHistory } from '@aufruf/core';
import type { DomainEvent, OfficeSetup, OfficeState, PlaceState, Ticket } from '@aufruf/core';

/** Everything one accepted command leaves behind; written in one transaction by {@link Store.commit}. */
export interface CommitInput {
  /** Client request id; null for commands the hub makes itself (day rollover). UNIQUE in the db. */
  readonly requestId: string | null;
  /** Command name, e.g. "counter:call-next" – kept for the audit log. */
  readonly command: string;
  readonly events: readonly DomainEvent[];
  /** The rows as they are after the events (the hub takes them from its new state). Upserted. */
  readonly tickets: readonly Ticket[];
  readonly places: readonly PlaceState[];
  /** The acknowledgement sent to the client, stored as JSON so a repeated request id gets it again. */
  readonly reply: unknown;
  readonly at: number; // ms epoch
  /** Follow-page tokens of tickets drawn by this command (stored after the tickets). */
  readonly followTokens?: readonly { readonly ticketId: string; readonly token: string }[];
}

/** The hub's persistence: one SQLite file, written once per accepted command. */
export interface Store {
  /** Resumes where the hub stopped. */
  loadState(setup: OfficeSetup): { state: OfficeState; seq: number };
  /** The stored reply of a request id that was already applied, or undefined. */
  findReply(requestId: string): unknown;
  /** Persists one command's outcome atomically; returns the seq of the last event written (or the current seq if no events). */
  commit(input: CommitInput): { seq: number };
  /**
   * Runs fn inside one IMMEDIATE transaction (nested calls join it) – the hub wraps each command's
   * commit in it. While another connection holds the write lock it waits up to the busy timeout (1 s),
   * or with `wait: false` not at all; then it throws an error that `isBusy` recognises.
   */
  transaction<T>(fn: () => T, options?: { readonly wait?: boolean }): T;
  /** The highest number per letter stored for a service day (YYYY-MM-DD); {} for a day without tickets. */
  lastNumbers(day: string): Record<string, number>;
  /** Whether a write transaction can start now: writes and syncs nothing (for the health check). */
  probeWrite(): WriteProbe;
  /** The ticket a follow-page token belongs to, or undefined for an unknown token. */
  findTicketIdByToken(token: string): string | undefined;
  /** A ticket's follow-page token, or undefined. */
  findTokenOfTicket(ticketId: string): string | undefined;
  /** Paired devices and pairing codes. */
  readonly devices: DeviceRegistry;
  /** Installation settings (the admin secret's hash). */
  readonly settings: Settings;
  /** The office's editable setup (errands, places, rules, …) and its audit log. */
  readonly officeSettings: OfficeSettingsStore;
  /** Writes a consistent copy of the database to `file` while the hub keeps running (SQLite online backup). */
  backup(file: string): Promise<void>;
  /** Past days' service times per errand (days fromDay ≤ day < beforeDay), for wait estimates. */
  serviceHistory(fromDay: string, beforeDay: string): ServiceHistory;
  /** Writes the daily aggregates of every closed day that has none yet; returns those days. */
  closeDays(timeZone: string): string[];
  /** Figures of the service days from..to (inclusive): closed days from their aggregates, open ones live. */
  stats(query: { from: string; to: string; timeZone: string }): StatsFigures;
  /** Deletes ticket details of closed, aggregated days before `query.before` (a batch of days per call). */
  pruneTicketDetails(query: PruneQuery): PruneResult;
  /** A stored day's tickets and place events, for the staffing planner. */
  dayRecord(day: string): DayRecord;
  /** Current last event seq. */
  readonly seq: number;
  close(): void;
}
