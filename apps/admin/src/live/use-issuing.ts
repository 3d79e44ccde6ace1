import { useState } from 'react';
import { setIssuing } from '../admin-api.ts';
import { apiErrorKey } from '../api-error.ts';
import { useAdmin } from '../admin-context.ts';
import type { MessageKey } from '../i18n.ts';

/**
 * "Ausgabe stoppen / fortsetzen": sends the change to the hub; the table shows the result when the
 * office's events arrive (the same moment the kiosks learn it), not from this answer.
 */
export function useIssuing(): {
  readonly change: (errandIds: readonly string[], stopped: boolean) => void;
  readonly pending: boolean;
  readonly error: MessageKey | null;
} {
  const { secret, onUnauthorized } = useAdmin();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const change = (errandIds: readonly string[], stopped: boolean): void => {
    setPending(true);
    setError(null);
    void setIssuing(secret, { errandIds: [...errandIds], stopped }).then((result) => {
      setPending(false);
      if (result.ok) return;
      if (result.status === 401) onUnauthorized();
      else setError(apiErrorKey(result));
    });
  };
  return { change, pending, error };
}
