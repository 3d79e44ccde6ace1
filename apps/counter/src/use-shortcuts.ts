import { useEffect, useEffectEvent } from 'react';

/** Handlers by key: `primary` for Space and Enter, lower-case letters for the rest. Undefined = off. */
export type ShortcutHandlers = Readonly<Record<string, (() => void) | undefined>>;

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
const ACTIVATES = 'button, a[href], summary, [role="button"]';

/**
 * Keyboard shortcuts for the whole page. They stay quiet while the clerk types in a field or a dialog
 * is open, and Space/Enter on a focused button keep their normal meaning (pressing that button).
 * Elsewhere Space and Enter belong to the counter: without a handler they do nothing (not even scroll).
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (document.querySelector('dialog[open], [aria-modal="true"]')) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(TYPING)) return;
    const primary = event.key === ' ' || event.key === 'Enter';
    if (primary && target?.closest(ACTIVATES)) return;
    const handler = primary ? handlers.primary : handlers[event.key.toLowerCase()];
    if (primary || handler) event.preventDefault();
    // A held key repeats: one press, one action.
    if (handler && !event.repeat) handler();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
