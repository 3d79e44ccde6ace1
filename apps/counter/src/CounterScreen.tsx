import { useEffect, useRef, useState } from 'react';
import type { OfficeState, Place, PlaceState, Ticket } from '@aufruf/core';
import { emptyPlace, nextTicketFor, recallsLeft, servesTicket, undoable, waitingTickets } from '@aufruf/core';
import type { HubClient, HubView } from '@aufruf/client';
import { useForecast, useHubTime } from '@aufruf/client/react';
import type { PublicOffice } from '@aufruf/protocol';
import { CommandAlert } from './CommandAlert.tsx';
import { useI18n } from './i18n-context.ts';
import { IdlePanel } from './IdlePanel.tsx';
import { PauseMenu } from './PauseMenu.tsx';
import { QueuePanel } from './QueuePanel.tsx';
import { ServingPanel } from './ServingPanel.tsx';
import { TopBar } from './TopBar.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import type { TransferTarget } from './TransferDialog.tsx';
import { commandErrorText } from './command-error.ts';
import { useNoShowFrom } from './no-show-timing.ts';
import { snapshotOf } from './press-guard.ts';
import type { PressVia } from './press-guard.ts';
import { useCommands } from './use-commands.ts';
import { usePressGuard } from './use-press-guard.ts';
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
  const placeState: PlaceState = state.places[place.id] ?? emptyPlace(place.id);
  const placeId = place.id;
  const commands = useCommands(client, placeId, state.places[placeId]);
  const admit = usePressGuard(client, placeId);
  // Minutes are all the clerk reads; a few seconds of lag does not matter.
  const now = useHubTime(view, 5000);
  const forecast = useForecast(view);
  // The dialog belongs to the number it was opened for; it never reopens for the next one.
  const [transferFor, setTransferFor] = useState<string | null>(null);
  const [choosingPause, setChoosingPause] = useState(false);
  // The clerk signed out on this screen: it stays closed until they sign in again (a reload signs in).
  const [signedOutHere, setSignedOutHere] = useState(false);

  const online = view.status === 'online';
  const ready = online && !commands.busy;
  const held = placeState.ticketId === null ? undefined : state.tickets.get(placeState.ticketId);
  const serving = held?.status === 'called' ? held : undefined;
  // The hub refuses both anyway; greying them out with the reason saves the clerk a refused click.
  // Exact to the moment, unlike `now`: the hub accepts "Nicht erschienen" from then on.
  const noShowFrom = useNoShowFrom(serving, office.rules, view.clockOffset);
  const recalls = serving ? recallsLeft(serving, office.rules) : 0;
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

  // Every press carries the place as this render showed it: a press meant for an earlier picture, or
  // arriving right after the picture changed, does nothing (see press-guard.ts).
  const shown = snapshotOf(state, placeId).shown;
  const pressed =
    (serves: boolean, act: () => void) =>
    (via: PressVia): void => {
      if (admit({ shown, via, serving: serves })) act();
    };
  const callNext = pressed(false, () => void commands.run('counter:call-next', { placeId }));
  const callTicket = (ticket: Ticket, via: PressVia): void =>
    pressed(false, () => void commands.run('counter:call', { placeId, ticketId: ticket.id }))(via);
  const togglePause = pressed(false, () => {
    if (placeState.paused) void commands.run('counter:pause', { placeId, paused: false });
    else setChoosingPause(true);
  });
  const pauseFor = (minutes: number | null): void => {
    setChoosingPause(false);
    void commands.run('counter:pause', { placeId, paused: true, minutes });
  };
  const signOut = (): void => {
    setSignedOutHere(true);
    void commands.run('counter:staff', { placeId, staffed: false }).then((done) => {
      if (!done) setSignedOutHere(false);
    });
  };

  // An open counter is a clerk at work: it signs its place in (again after the hub signed out a
  // counter that was gone), unless the clerk signed out here. Sent beside the buttons' commands, not
  // as one of them: the clerk's first press must not wait for it (a call signs in by itself anyway).
  const signInTried = useRef<PlaceState | null>(null);
  useEffect(() => {
    if (!online || placeState.staffed || signedOutHere || signInTried.current === placeState) return;
    signInTried.current = placeState;
    client.send('counter:staff', { placeId, staffed: true }).then(
      (reply) => {
        if (!reply.ok) signInTried.current = null;
      },
      () => {
        signInTried.current = null;
      },
    );
  }, [online, placeState, signedOutHere, client, placeId]);
  const actions = {
    complete: pressed(true, () => void commands.run('counter:complete', { placeId })),
    recall: pressed(true, () => void commands.run('counter:recall', { placeId })),
    noShow: pressed(true, () => void commands.run('counter:no-show', { placeId })),
    putBack: pressed(true, () => void commands.run('counter:put-back', { placeId })),
    transfer: pressed(true, () => {
      commands.clearError();
      setTransferFor(serving?.id ?? null);
    }),
  };
  const transfer = (target: TransferTarget): void => {
    setTransferFor(null);
    void commands.run('counter:transfer', { placeId, ...target });
  };

  // The keys do what the enabled buttons do. "Erledigt" has its own key, never the call key: a second
  // press of Space must not finish the number the first one just called.
  const servingReady = serving !== undefined && ready;
  const key = (handler: (via: PressVia) => void, enabled: boolean) =>
    enabled ? () => handler('key') : undefined;
  useShortcuts({
    primary: key(callNext, !serving && canCall && next !== undefined),
    e: key(actions.complete, servingReady),
    a: key(actions.recall, servingReady && recalls > 0),
    n: key(actions.noShow, servingReady && noShowFrom === null),
    z: key(actions.putBack, servingReady),
    w: key(actions.transfer, servingReady),
    p: key(togglePause, canPause),
  });

  return (
    <div className={`counter${placeState.paused ? ' counter--paused' : ''}`}>
      <TopBar
        place={place}
        placeState={placeState}
        errands={office.errands}
        status={view.status}
        printers={view.printers}
        devices={view.devices}
        placeFixed={placeFixed}
        pauseDisabled={!canPause}
        onTogglePause={togglePause}
        signOutDisabled={!ready || holding}
        onSignOut={signOut}
        onChangeErrands={onChangeErrands}
        onChangePlace={onChangePlace}
      />
      {choosingPause && !placeState.paused ? (
        <PauseMenu onChoose={pauseFor} onClose={() => setChoosingPause(false)} />
      ) : null}
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
              recalls={recalls}
              noShowFrom={noShowFrom}
              timeZone={office.timeZone}
              now={now}
              disabled={!ready}
              actions={actions}
            />
          ) : (
            <IdlePanel
              paused={placeState.paused}
              backAt={placeState.backAt}
              timeZone={office.timeZone}
              signedOut={signedOutHere && !placeState.staffed}
              onSignIn={() => setSignedOutHere(false)}
              undo={holding ? undefined : undoable(state, placeId, now)}
              undoDisabled={!ready || placeState.paused}
              onUndo={(ticket) => void commands.run('counter:undo', { placeId, ticketId: ticket.id })}
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
          forecast={forecast}
          rules={office.rules}
          placeState={placeState}
          errands={office.errands}
          places={office.places}
          now={now}
          canCall={canCall}
          onCall={callTicket}
          timeZone={office.timeZone}
          canReopen={ready}
          onReopen={(ticketId) => void commands.run('counter:reopen', { placeId, ticketId })}
          onReprint={(ticketId) => client.reprint({ ticketId })}
        />
      </div>
      {serving && transferFor === serving.id ? (
        <TransferDialog
          ticket={serving}
          errands={office.errands}
          places={office.places}
          placeId={placeId}
          onSubmit={transfer}
          onClose={() => setTransferFor(null)}
        />
      ) : null}
    </div>
  );
}
