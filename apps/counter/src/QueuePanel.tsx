import type { CallingRules, Errand, Forecast, OfficeState, Place, PlaceState, Ticket } from '@aufruf/core';
import { errandQueues, nextTicketFor, servesTicket, waitingTickets } from '@aufruf/core';
import { ErrandQueueList } from './ErrandQueueList.tsx';
import { useI18n } from './i18n-context.ts';
import type { PressVia } from './press-guard.ts';
import { NoShowList } from './NoShowList.tsx';
import { UnprintedList } from './UnprintedList.tsx';
import type { Ack, PrintReply } from '@aufruf/protocol';
import { WaitingList } from './WaitingList.tsx';

/** The side column: queues per errand (this place's first) and the waiting numbers. */
export function QueuePanel({
  state,
  forecast,
  placeState,
  errands,
  places,
  rules,
  now,
  canCall,
  onCall,
  timeZone,
  canReopen,
  onReopen,
  onReprint,
}: {
  state: OfficeState;
  forecast: Forecast | null;
  placeState: PlaceState;
  errands: readonly Errand[];
  places: readonly Place[];
  rules: CallingRules;
  now: number;
  canCall: boolean;
  onCall: (ticket: Ticket, via: PressVia) => void;
  timeZone: string;
  canReopen: boolean;
  onReopen: (ticketId: string) => void;
  onReprint: (ticketId: string) => Promise<Ack<PrintReply>>;
}) {
  const { t } = useI18n();
  const served = errands.filter((e) => placeState.errandIds.includes(e.id)).map((e) => e.id);
  const others = errands.filter((e) => !placeState.errandIds.includes(e.id)).map((e) => e.id);
  // In calling order: priority and appointment tickets where the rules put them.
  const waiting = waitingTickets(state, rules);
  const servedIds = new Set(waiting.filter((ticket) => servesTicket(placeState, ticket)).map((x) => x.id));
  const capacity = (errandId: string) => forecast?.capacity(errandId);
  return (
    <aside className="side" aria-labelledby="side-heading">
      <h2 id="side-heading" className="side__heading">
        {t('queueRegion')}
      </h2>
      <ErrandQueueList
        title={t('yourErrands')}
        queues={errandQueues(state, served)}
        errands={errands}
        stopped={state.stoppedErrands}
        capacity={capacity}
        timeZone={timeZone}
        now={now}
      />
      <ErrandQueueList
        title={t('otherErrands')}
        queues={errandQueues(state, others)}
        errands={errands}
        stopped={state.stoppedErrands}
        capacity={capacity}
        timeZone={timeZone}
        now={now}
      />
      <UnprintedList state={state} onReprint={onReprint} />
      <WaitingList
        tickets={waiting}
        errands={errands}
        places={places}
        servedIds={servedIds}
        nextId={nextTicketFor(state, placeState, rules)?.id}
        now={now}
        canCall={canCall}
        onCall={onCall}
      />
      <NoShowList
        state={state}
        errands={errands}
        timeZone={timeZone}
        disabled={!canReopen}
        onReopen={onReopen}
      />
    </aside>
  );
}
