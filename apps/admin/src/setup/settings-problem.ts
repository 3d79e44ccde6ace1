import { formatTicketNumber } from '@aufruf/core';
import type { OfficeSettings } from '@aufruf/protocol';
import { localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { apiErrorKey } from '../api-error.ts';
import type { Translate } from '../i18n.ts';
import type { SaveProblem } from './settings-api.ts';

/**
 * A refused save in the office head's words. For a setup the live queue forbids, the hub names only
 * ids; the page names them as it shows them, from the setup as last saved (where the removed place or
 * errand still is).
 */
export function settingsProblemText(
  problem: SaveProblem,
  saved: OfficeSettings,
  t: Translate,
  language: Language,
): string {
  const { detail } = problem;
  if (problem.code !== 'settings-in-use' || detail === null) return t(apiErrorKey(problem));
  const placeName = (id: string): string => saved.places.find((p) => p.id === id)?.name ?? id;
  switch (detail.kind) {
    case 'place-serving':
      return t('setupInUsePlaceServing', { place: placeName(detail.placeId) });
    case 'place-awaited':
      return t('setupInUsePlaceAwaited', {
        place: placeName(detail.placeId),
        number: formatTicketNumber(detail.ticket),
      });
    case 'errand-waiting': {
      const errand = saved.errands.find((e) => e.id === detail.errandId);
      return t('setupInUseErrand', { errand: errand ? localized(errand.name, language) : detail.errandId });
    }
  }
}
