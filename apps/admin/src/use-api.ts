import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ApiResult } from './admin-api.ts';
import { useAdmin } from './admin-context.ts';

export interface Loaded<T> {
  /** The latest answer; while a new one loads, the previous one stays (null before the first). */
  readonly result: ApiResult<T> | null;
  readonly loading: boolean;
  readonly reload: () => void;
}

/**
 * Loads from the admin API whenever `key` changes (null: not now). A 401 ends the session instead of
 * showing an error: the admin key is no longer valid.
 */
export function useApi<T>(key: string | null, load: () => Promise<ApiResult<T>>): Loaded<T> {
  const { onUnauthorized } = useAdmin();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ key: string; result: ApiResult<T> } | null>(null);
  const fullKey = key === null ? null : `${key}#${version}`;
  const run = useEffectEvent(load);
  const refused = useEffectEvent(onUnauthorized);

  useEffect(() => {
    if (fullKey === null) return;
    let current = true;
    void run().then((result) => {
      if (!current) return;
      if (!result.ok && result.status === 401) refused();
      else setState({ key: fullKey, result });
    });
    return () => {
      current = false;
    };
  }, [fullKey]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { result: state?.result ?? null, loading: fullKey !== null && state?.key !== fullKey, reload };
}
