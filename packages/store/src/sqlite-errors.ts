/** The SQLite result code of an error better-sqlite3 threw (e.g. "SQLITE_BUSY"), or undefined. */
export function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** Another connection holds the write lock (a backup tool, a second process): worth trying again soon. */
export function isBusy(error: unknown): boolean {
  return /^SQLITE_(BUSY|LOCKED)/.test(sqliteCode(error) ?? '');
}

/**
 * A command whose request id is stored already: the same request was applied meanwhile (a client's
 * retry overtook it), and UNIQUE(request_id) refused to apply it twice.
 */
export function isDuplicateRequest(error: unknown): boolean {
  return (
    sqliteCode(error) === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error instanceof Error &&
    error.message.includes('commands.request_id')
  );
}
