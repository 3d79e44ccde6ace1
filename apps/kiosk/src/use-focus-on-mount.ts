import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * Moves focus to a screen's heading when the screen appears, so keyboard and screen-reader users start
 * at the top of the new screen instead of on a button that no longer exists (focus would fall back to
 * <body>). The heading needs tabIndex={-1}.
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  return ref;
}
