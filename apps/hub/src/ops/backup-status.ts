// The last backup's outcome, for whoever reports the hub's state to staff (health, metrics, admin page).

/** How writing and checking one copy went. */
export interface CopyOutcome {
  readonly file: string;
  readonly ok: boolean;
  /** When the copy was written, or the attempt failed (ms epoch); an earlier run's file keeps its time. */
  readonly at: number;
  /** Why not, for a person: the check's finding or the file system's error. */
  readonly error?: string;
}

/** One run of the daily backup that did something. */
export interface BackupReport {
  /** When the run ended (ms epoch). */
  readonly at: number;
  /** The service day the backup is named after (YYYY-MM-DD). */
  readonly day: string;
  readonly local: CopyOutcome;
  /** The copy on `backup.mirror`; null when no mirror is configured or the run stopped before it. */
  readonly mirror: CopyOutcome | null;
}

/** What the hub knows about its backups; read at any time. */
export interface BackupStatusView {
  /** The latest run that wrote or tried to write something; undefined before the first. */
  readonly last: BackupReport | undefined;
  /** When the newest good local backup was written (ms epoch), also from before this start. */
  readonly lastSuccessAt: number | undefined;
  /** When the newest good mirror copy was written (ms epoch), as far as this run of the hub knows. */
  readonly lastMirrorSuccessAt: number | undefined;
}

export interface BackupStatus extends BackupStatusView {
  record(report: BackupReport): void;
  /** Takes a good backup written before this start (the file's time) as the latest success. */
  knownSuccess(at: number): void;
  /** A plain copy of the current state, e.g. for a JSON answer. */
  view(): BackupStatusView;
}

/** A small holder of the backup state; the scheduler writes it, reports read it. */
export function createBackupStatus(): BackupStatus {
  let last: BackupReport | undefined;
  let lastSuccessAt: number | undefined;
  let lastMirrorSuccessAt: number | undefined;
  return {
    get last() {
      return last;
    },
    get lastSuccessAt() {
      return lastSuccessAt;
    },
    get lastMirrorSuccessAt() {
      return lastMirrorSuccessAt;
    },
    record(report) {
      last = report;
      if (report.local.ok) lastSuccessAt = Math.max(lastSuccessAt ?? 0, report.local.at);
      if (report.mirror?.ok) lastMirrorSuccessAt = Math.max(lastMirrorSuccessAt ?? 0, report.mirror.at);
    },
    knownSuccess(at) {
      lastSuccessAt = Math.max(lastSuccessAt ?? 0, at);
    },
    view: () => ({ last, lastSuccessAt, lastMirrorSuccessAt }),
  };
}
