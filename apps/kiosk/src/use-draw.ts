import type { Language } from '@aufruf/ui';
import type { TicketKind } from '@aufruf/core';
import { newRequestId } from '@aufruf/client';
import type { HubClient } from '@aufruf/client';
import { ticketPrintJob } from '@aufruf/protocol';
import type { WireError } from '@aufruf/protocol';
import { useCallback, useRef, useState } from 'react';
import type { DrawnTicket, KioskPrinter } from './kiosk-printer.ts';
import { drawPatiently } from './draw-patiently.ts';
import { printFailure } from './printer-trouble.ts';
import type { PrintTrouble } from './printer-trouble.ts';

/** Where the paper ticket is: on its way, in the tray, or not coming (the screen is the fallback). */
export type PrintStatus =
  | { readonly state: 'printing' }
  | { readonly state: 'printed' }
  | { readonly state: 'failed'; readonly reason: PrintTrouble | null };

/** What the kiosk shows: the errand choice, a freshly drawn ticket, or why drawing failed. */
export type KioskScreen =
  | { readonly kind: 'choose' }
  | { readonly kind: 'ticket'; readonly drawn: DrawnTicket; readonly print: PrintStatus }
  | { readonly kind: 'error'; readonly error: WireError };

export interface DrawFlow {
  readonly screen: KioskScreen;
  /** The errand whose number is being drawn right now, or null. */
  readonly pendingErrandId: string | null;
  readonly draw: (errandId: string, kind?: TicketKind, language?: Language) => void;
  readonly reset: () => void;
}

const unreachable: WireError = { code: 'unreachable', message: '' };

/**
 * Drawing a number, then printing it: one draw per visit, so a double tap can never draw two
 * tickets. Printing starts from the draw's answer (not from a screen effect), so it happens exactly
 * once per ticket; a failed print never draws again, the number is already in the queue.
 */
export function useDraw(client: HubClient, printer: KioskPrinter): DrawFlow {
  const [screen, setScreen] = useState<KioskScreen>({ kind: 'choose' });
  const [pendingErrandId, setPendingErrandId] = useState<string | null>(null);
  // A ref, not state: a second tap can arrive before React has re-rendered the disabled tiles. It is
  // released only when the kiosk goes back to the start, so a tap that lands between the answer and
  // the ticket screen's first paint cannot draw either.
  const locked = useRef(false);

  const printed = useCallback((ticketId: string, print: PrintStatus) => {
    setScreen((current) =>
      current.kind === 'ticket' && current.drawn.reply.ticket.id === ticketId
        ? { ...current, print }
        : current,
    );
  }, []);

  const startPrint = useCallback(
    (drawn: DrawnTicket) => {
      const ticketId = drawn.reply.ticket.id;
      printer
        .print(drawn)
        .then((answer) => {
          if (answer.ok && answer.value.printed) printed(ticketId, { state: 'printed' });
          else printed(ticketId, { state: 'failed', reason: printFailure(answer) });
        })
        .catch(() => printed(ticketId, { state: 'failed', reason: null }));
    },
    [printer, printed],
  );

  const draw = useCallback(
    (errandId: string, kind: TicketKind = 'normal', language: Language = 'de') => {
      if (locked.current) return;
      locked.current = true;
      setPendingErrandId(errandId);
      const requestId = newRequestId();
      const request = kind === 'normal' ? { errandId, requestId } : { errandId, kind, requestId };
      drawPatiently(() => client.send('ticket:draw', request))
        .then((reply) => {
          if (!reply.ok) {
            setScreen({ kind: 'error', error: reply.error });
            return;
          }
          const office = client.getView().office;
          if (!office) throw new Error('a draw was answered before the office was known');
          // The one print job: the paper, the screen's picture of it and the hub's copy all come from it.
          const job = ticketPrintJob(reply.value, office, language);
          const drawn: DrawnTicket = { reply: reply.value, drawRequestId: requestId, job, language };
          setScreen({ kind: 'ticket', drawn, print: { state: 'printing' } });
          startPrint(drawn);
        })
        .catch(() => setScreen({ kind: 'error', error: unreachable }))
        .finally(() => setPendingErrandId(null));
    },
    [client, startPrint],
  );

  const reset = useCallback(() => {
    locked.current = false;
    setScreen({ kind: 'choose' });
  }, []);

  return { screen, pendingErrandId, draw, reset };
}
