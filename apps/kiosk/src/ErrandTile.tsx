import { ErrandBadge, toneStyle } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { ticketWords } from '@aufruf/wording';
import type { Translate } from './i18n.ts';

/** One errand as a large touch target: letter on its colour, name, examples, who is ahead, the wait. */
export function ErrandTile({
  letter,
  index,
  colour,
  name,
  nameLanguage,
  hint,
  hintLanguage,
  spoken,
  waiting,
  warning,
  language,
  disabled,
  pending,
  armed,
  onSelect,
  t,
}: {
  letter: string;
  index: number;
  colour: string | undefined;
  name: string;
  /** The language the office wrote the name in (German where it has no translation). */
  nameLanguage: Language;
  hint: string;
  hintLanguage: Language;
  /** What spoken help reads for this tile: name and examples. */
  spoken: string;
  /**
   * People a number drawn now would have ahead of it, and "ca. 20–30 Minuten" (null when no place
   * serves the errand now); null when no number can be drawn for it.
   */
  waiting: { readonly ahead: number; readonly estimate: string | null } | null;
  /** The wait probably runs past closing time: said under it. */
  warning: string | null;
  language: Language;
  disabled: boolean;
  pending: boolean;
  /** Spoken help read this tile out on a first tap: the next tap draws. */
  armed: boolean;
  onSelect: () => void;
  t: Translate;
}) {
  return (
    <button
      type="button"
      className={['errand-tile', pending ? 'is-pending' : '', armed ? 'is-armed' : '']
        .filter(Boolean)
        .join(' ')}
      data-tone={index}
      style={toneStyle(colour)}
      disabled={disabled}
      data-speak={spoken}
      onClick={onSelect}
    >
      <ErrandBadge className="errand-tile-badge" letter={letter} index={index} colour={colour} />
      <span className="errand-tile-text">
        <span className="errand-tile-name" lang={nameLanguage}>
          {name}
        </span>
        {pending ? (
          <span className="errand-tile-hint is-pending">{t('drawing')}</span>
        ) : hint ? (
          <span className="errand-tile-hint" lang={hintLanguage}>
            {hint}
          </span>
        ) : null}
        {warning ? <span className="errand-tile-warning">{warning}</span> : null}
      </span>
      {waiting ? (
        <span className="errand-tile-waiting">
          <span>{ticketWords[language].ahead}:</span>{' '}
          <span className="errand-tile-count">{waiting.ahead}</span>{' '}
          {waiting.estimate ? <span className="errand-tile-estimate">{waiting.estimate}</span> : null}
        </span>
      ) : null}
    </button>
  );
}
