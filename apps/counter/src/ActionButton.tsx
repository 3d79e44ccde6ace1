import type { ReactNode } from 'react';
import { pressViaOf } from './press-guard.ts';
import type { PressVia } from './press-guard.ts';

/**
 * A command button with its keyboard shortcut shown as a key cap. The key cap is hidden from assistive
 * technology (the shortcut is announced through aria-keyshortcuts), so the button's name is its label.
 */
export function ActionButton({
  label,
  shortcut,
  keyName,
  onClick,
  disabled = false,
  variant = 'secondary',
  describedBy,
  pressed,
  icon,
}: {
  label: string;
  /** What the key cap shows ("E", "Leertaste"). */
  shortcut?: string;
  /** The key as aria-keyshortcuts names it ("E", "Space"). */
  keyName?: string;
  onClick: (via: PressVia) => void;
  disabled?: boolean;
  variant?: 'primary' | 'secondary' | 'quiet' | 'toggle';
  describedBy?: string;
  pressed?: boolean;
  icon?: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`action action--${variant}`}
      onClick={(event) => onClick(pressViaOf(event))}
      disabled={disabled}
      aria-describedby={describedBy}
      aria-keyshortcuts={keyName ?? shortcut}
      aria-pressed={pressed}
    >
      {icon}
      <span className="action__label">{label}</span>
      {shortcut ? (
        <kbd className="action__key" aria-hidden="true">
          {shortcut}
        </kbd>
      ) : null}
    </button>
  );
}
