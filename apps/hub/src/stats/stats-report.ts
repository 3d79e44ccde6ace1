import type { OfficeSetup } from '@aufruf/core';
import type { StatsReport } from '@aufruf/protocol';
import type { DurationFigures, StatsFigures } from '@aufruf/store';

const none: DurationFigures = { medianMinutes: null, p90Minutes: null, maxMinutes: null };

/**
 * Puts names to the store's figures. Configured errands and places come first, in the configured
 * order and with zeros when nothing happened; ones no longer configured follow under their id, so
 * an old range still adds up after the configuration changed.
 */
export function statsReport(
  figures: StatsFigures,
  setup: Pick<OfficeSetup, 'errands' | 'places'>,
): StatsReport {
  const errands = new Map(figures.byErrand.map((e) => [e.errandId, e]));
  const places = new Map(figures.byPlace.map((p) => [p.placeId, p]));
  const errandNames = new Map(setup.errands.map((e) => [e.id, e.name.de]));
  const placeNames = new Map(setup.places.map((p) => [p.id, p.name]));
  const errandIds = [...errandNames.keys(), ...[...errands.keys()].filter((id) => !errandNames.has(id))];
  const placeIds = [...placeNames.keys(), ...[...places.keys()].filter((id) => !placeNames.has(id))];
  return {
    from: figures.from,
    to: figures.to,
    totals: { ...figures.totals },
    waits: { ...figures.waits },
    byErrand: errandIds.map((errandId) => {
      const e = errands.get(errandId);
      return {
        errandId,
        name: errandNames.get(errandId) ?? errandId,
        tickets: e?.tickets ?? 0,
        served: e?.served ?? 0,
        noShow: e?.noShow ?? 0,
        expired: e?.expired ?? 0,
        waits: { ...(e?.waits ?? none) },
        service: { ...(e?.service ?? none) },
      };
    }),
    byPlace: placeIds.map((placeId) => {
      const p = places.get(placeId);
      return {
        placeId,
        name: placeNames.get(placeId) ?? placeId,
        served: p?.served ?? 0,
        noShow: p?.noShow ?? 0,
        service: { ...(p?.service ?? none) },
      };
    }),
    byHour: figures.byHour.map((h) => ({ ...h })),
    byDay: figures.byDay.map((d) => ({ ...d })),
  };
}
