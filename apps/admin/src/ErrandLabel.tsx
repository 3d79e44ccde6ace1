import type { Errand } from '@aufruf/core';
import { ErrandBadge, localized } from '@aufruf/ui';
import { useI18n } from './i18n-context.ts';

/** An errand's letter badge and name; the badge is decoration, the name carries the meaning. */
export function ErrandLabel({
  errands,
  errandId,
  fallbackName,
}: {
  errands: readonly Errand[];
  errandId: string;
  /** The name to show for an errand that is no longer configured (old statistics). */
  fallbackName?: string;
}) {
  const { language } = useI18n();
  const index = errands.findIndex((e) => e.id === errandId);
  const errand = errands[index];
  return (
    <span className="errand-label">
      {errand ? (
        <span aria-hidden="true">
          <ErrandBadge letter={errand.letter} index={index} colour={errand.colour} />
        </span>
      ) : null}
      <span>{errand ? localized(errand.name, language) : (fallbackName ?? errandId)}</span>
    </span>
  );
}
