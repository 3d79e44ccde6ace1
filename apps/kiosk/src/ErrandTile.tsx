import { ErrandBadge, toneStyle } from '@aufruf/ui';
import type { Translate } from './i18n.ts';

/** One errand as a large touch target: letter on its colour, name, examples, how many wait. */
export function ErrandTile({
  letter,
  index,
  colour,
  name,
  hint,
  waiting,
  estimate,
  disabled,
  pending,
  onSelect,
  onFocusByKeyboard,
  t,
}: {
  letter: string;
  index: number;
  colour: string | undefined;
  name: string;
  hint: string;
  waiting: number;
  /** "ca. 20–30 Min." when a wait is expected. */
  estimate: string | null;
  disabled: boolean;
  pending: boolean;
  onSelect: () => void;
  onFocusByKeyboard: () => void;
  t: Translate;
}) {
  return (
    <button
      type="button"
      className={pending ? 'errand-tile is-pending' : 'errand-tile'}
      data-tone={index}
      style={toneStyle(colour)}
      disabled={disabled}
      onClick={onSelect}
      onFocus={onFocusByKeyboard}
    >
      <ErrandBadge className="errand-tile-badge" letter={letter} index={index} colour={colour} />
      <span className="errand-tile-text">
        <span className="errand-tile-name">{name}</span>
        {pending ? (
          <span className="errand-tile-hint is-pending">{t('drawing')}</span>
        ) : hint ? (
          <span className="errand-tile-hint">{hint}</span>
        ) : null}
      </span>
      <span className="errand-tile-waiting">
        <span className="errand-tile-count">{waiting}</span> <span>{t('waiting')}</span>
        {estimate ? <span className="errand-tile-estimate">{estimate}</span> : null}
      </span>
    </button>
  );
}
