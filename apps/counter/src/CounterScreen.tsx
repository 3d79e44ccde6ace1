import { useState } from 'react';
import type { OfficeState, Place, PlaceState, Ticket } from '@aufruf/core';
import { nextTicketFor, servesTicket, waitingTickets } from '@aufruf/core';
import type { HubClient, HubView } from '@aufruf/client';
import { useHubTime } from '@aufruf/client/react';
import type { PublicOffice } from '@aufruf/protocol';
import { CommandAlert } from './CommandAlert.tsx';
import { useI18n } from './i18n-context.ts';
import { IdlePanel } from './IdlePanel.tsx';
import { QueuePanel } from './QueuePanel.tsx';
import { ServingPanel } from './ServingPanel.tsx';
import { TopBar } from './TopBar.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import type { TransferTarget } from './TransferDialog.tsx';
import { commandErrorText } from './command-error.ts';
import { useCommands } from './use-commands.ts';
import { useShortcuts } from './use-shortcuts.ts';

/** The clerk's working screen for one place: top bar, the ticket in hand (or the big button), the queue. */
export function CounterScreen({
  client,
  view,
  office,
  state,
  place,
  placeFixed,
  onChangePlace,
  onChangeErrands,
}: {
  client: HubClient;
  view: HubView;
  office: PublicOffice;
  state: OfficeState;
  place: Place;
  placeFixed: boolean;
  onChangePlace: () => void;
  onChangeErrands: () => void;
}) {
  const { t } = useI18n();
  const placeState: PlaceState = state.places[place.id] ?? {
    id: place.id,
    errandIds: [],
    paused: false,
    ticketId: null,
  };
  const commands = useCommands(client, state.places[place.id]);
  // Minutes are all the clerk reads; a few seconds of lag does not matter.
  const now = useHubTime(view, 5000);
  const [transferOpen, setTransferOpen] = useState(false);

  const online = view.status === 'online';
  const ready = online && !commands.busy;
  const held = placeState.ticketId === null ? undefined : state.tickets[placeState.ticketId];
  const serving = held?.status === 'called' ? held : undefined;
  const holding = placeState.ticketId !== null;
  const next = nextTicketFor(state, placeState, office.rules);
  const waitingForYou = waitingTickets(state, office.rules).filter((ticket) =>
    servesTicket(placeState, ticket),
  ).length;
  const canCall = ready && !placeState.paused && !holding;
  const canPause = ready && (placeState.paused || !holding);
  const reason = !online
    ? t('reasonOffline')
    : placeState.paused
      ? t('reasonPaused')
      : next
        ? null
        : placeState.errandIds.length === 0
          ? t('reasonNoErrands')
          : t('reasonNobody');

  const placeId = place.id;
  const callNext = (): void => void commands.run('counter:call-next', { placeId });
  const callTicket = (ticket: Ticket): void =>
    void commands.run('counter:call', { placeId, ticketId: ticket.id });
  const togglePause = (): void => void commands.run('counter:pause', { placeId, paused: !placeState.paused });
  const actions = {
    complete: () => void commands.run('counter:complete', { placeId }),
    recall: () => void commands.run('counter:recall', { placeId }),
    noShow: () => void commands.run('counter:no-show', { placeId }),
    putBack: () => void commands.run('counter:put-back', { placeId }),
    transfer: () => {
      commands.clearError();
      setTransferOpen(true);
    },
  };
  const transfer = (target: TransferTarget): void => {
    setTransferOpen(false);
    void commands.run('counter:transfer', { placeId, ...target });
  };

  const servingReady = serving !== undefined && ready;
  useShortcuts({
    primary: serving ? (ready ? actions.complete : undefined) : canCall && next ? callNext : undefined,
    e: servingReady ? actions.recall : undefined,
    n: servingReady ? actions.noShow : undefined,
    z: servingReady ? actions.putBack : undefined,
    w: servingReady ? actions.transfer : undefined,
    p: canPause ? togglePause : undefined,
  });

  return (
    <div className={`counter${placeState.paused ? ' counter--paused' : ''}`}>
      <TopBar
        place={place}
        placeState={placeState}
        errands={office.errands}
        status={view.status}
        printers={view.printers}
        placeFixed={placeFixed}
        pauseDisabled={!canPause}
        onTogglePause={togglePause}
        onChangeErrands={onChangeErrands}
        onChangePlace={onChangePlace}
      />
      <div className="counter__body">
        <main className="centre" aria-label={t('currentRegion')}>
          <CommandAlert
            message={commands.error && commandErrorText(commands.error, t)}
            onDismiss={commands.clearError}
          />
          {serving ? (
            <ServingPanel
              ticket={serving}
              errands={office.errands}
              rules={office.rules}
              timeZone={office.timeZone}
              now={now}
              disabled={!ready}
              actions={actions}
            />
          ) : (
            <IdlePanel
              paused={placeState.paused}
              reason={reason}
              next={next}
              waitingForYou={waitingForYou}
              errands={office.errands}
              disabled={!canCall || next === undefined}
              onCallNext={callNext}
            />
          )}
        </main>
        <QueuePanel
          state={state}
          rules={office.rules}
          placeState={placeState}
          errands={office.errands}
          places={office.places}
          now={now}
          canCall={canCall}
          onCall={callTicket}
        />
      </div>
      {transferOpen && serving ? (
        <TransferDialog
          ticket={serving}
          errands={office.errands}
          places={office.places}
          placeId={placeId}
          onSubmit={transfer}
          onClose={() => setTransferOpen(false)}
        />
      ) : null}
    </div>
  );
}
