import type { HubClient } from '@aufruf/client';
import type { DrawReply, WireError } from '@aufruf/protocol';
import { useCallback, useRef, useState } from 'react';

/** Where the paper ticket is: on its way, in the tray, or not coming (the screen is the fallback). */
export type PrintStatus =
  | { readonly state: 'printing' }
  | { readonly state: 'printed' }
  | { readonly state: 'failed'; readonly reason: string | null };

/** What the kiosk shows: the errand choice, a freshly drawn ticket, or why drawing failed. */
export type KioskScreen =
  | { readonly kind: 'choose' }
  | { readonly kind: 'ticket'; readonly reply: DrawReply; readonly print: PrintStatus }
  | { readonly kind: 'error'; readonly error: WireError };

export interface DrawFlow {
  readonly screen: KioskScreen;
  /** The errand whose number is being drawn right now, or null. */
  readonly pendingErrandId: string | null;
  readonly draw: (errandId: string) => void;
  readonly reset: () => void;
}

const unreachable: WireError = { code: 'unreachable', message: '' };

/**
 * Drawing a number, then printing it on the hub's printer: one request at a time, so a double tap can
 * never draw two tickets. Printing starts from the draw's answer (not from a screen effect), so it
 * happens exactly once per ticket.
 */
export function useDraw(client: HubClient): DrawFlow {
  const [screen, setScreen] = useState<KioskScreen>({ kind: 'choose' });
  const [pendingErrandId, setPendingErrandId] = useState<string | null>(null);
  // A ref, not state: a second tap can arrive before React has re-rendered the disabled tiles.
  const inFlight = useRef(false);

  const printed = useCallback((ticketId: string, print: PrintStatus) => {
    setScreen((current) =>
      current.kind === 'ticket' && current.reply.ticket.id === ticketId ? { ...current, print } : current,
    );
  }, []);

  const startPrint = useCallback(
    (ticketId: string) => {
      client
        .print(ticketId)
        .then((reply) => {
          if (!reply.ok) printed(ticketId, { state: 'failed', reason: reply.error.message || null });
          else if (!reply.value.printed) printed(ticketId, { state: 'failed', reason: reply.value.reason });
          else printed(ticketId, { state: 'printed' });
        })
        .catch(() => printed(ticketId, { state: 'failed', reason: null }));
    },
    [client, printed],
  );

  const draw = useCallback(
    (errandId: string) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setPendingErrandId(errandId);
      client
        .send('ticket:draw', { errandId })
        .then((reply) => {
          if (!reply.ok) {
            setScreen({ kind: 'error', error: reply.error });
            return;
          }
          setScreen({ kind: 'ticket', reply: reply.value, print: { state: 'printing' } });
          startPrint(reply.value.ticket.id);
        })
        .catch(() => setScreen({ kind: 'error', error: unreachable }))
        .finally(() => {
          inFlight.current = false;
          setPendingErrandId(null);
        });
    },
    [client, startPrint],
  );

  const reset = useCallback(() => setScreen({ kind: 'choose' }), []);

  return { screen, pendingErrandId, draw, reset };
}
