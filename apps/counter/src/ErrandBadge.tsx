import type { Errand } from '@aufruf/core';
import { ErrandBadge as SharedErrandBadge } from '@aufruf/ui';
import { errandIndex } from './errand-index.ts';

/**
 * An errand's letter on its colour (the shared badge). `decorative` hides it from assistive technology
 * where the errand's name right next to it already says everything (labels of checkboxes and radios).
 */
export function ErrandBadge({
  errands,
  errandId,
  size = 'normal',
  decorative = false,
}: {
  errands: readonly Errand[];
  errandId: string;
  size?: 'small' | 'normal';
  decorative?: boolean;
}) {
  const errand = errands.find((e) => e.id === errandId);
  const badge = (
    <SharedErrandBadge
      letter={errand?.letter ?? '?'}
      index={errandIndex(errands, errandId)}
      colour={errand?.colour}
      className={`errand-badge--${size}`}
    />
  );
  return decorative ? (
    <span className="errand-badge-wrap" aria-hidden="true">
      {badge}
    </span>
  ) : (
    badge
  );
}
