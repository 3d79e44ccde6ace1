import type { HubClient } from '@aufruf/client';
import type { DisplayConfig } from '../display-config.ts';
import { shownPlaces } from '../display-config.ts';
import type { Announcer } from './announcer.ts';
import { CallWatcher } from './call-watcher.ts';

/**
 * Announces the office's new calls for this screen's places, straight from the hub client rather than
 * from a view: what is said must not depend on what React happens to render (or render twice).
 */
export function announceCalls(client: HubClient, announcer: Announcer, config: DisplayConfig): () => void {
  const watcher = new CallWatcher();
  const check = (): void => {
    const { state, office, you, clockOffset } = client.getView();
    if (!state || !office) return;
    const places = shownPlaces(you, config);
    for (const call of watcher.update(state.calls, Date.now() + clockOffset)) {
      const ticket = state.tickets.get(call.ticketId);
      if (!ticket || (places && !places.includes(call.placeId))) continue;
      const placeName = office.places.find((place) => place.id === call.placeId)?.name ?? call.placeId;
      announcer.announce({
        ticketId: call.ticketId,
        at: call.at,
        letter: ticket.letter,
        number: ticket.number,
        placeName,
      });
    }
  };
  check();
  return client.subscribe(check);
}
