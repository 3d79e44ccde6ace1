import { cancelTicketSchema, closeDaySchema, endedTicketsSchema, printReplySchema } from '@aufruf/protocol';
import type { Ack, EndedTickets, PrintReply } from '@aufruf/protocol';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { refuse } from './http-errors.ts';

type Ended = Ack<{ readonly ended: number }>;

export interface DayControlDeps {
  readonly cancel: (ticketId: string, note: string | undefined) => Promise<Ended>;
  readonly closeDay: (note: string | undefined) => Promise<Ended>;
  /** "Neu drucken": a ticket whose paper did not come out, printed where it was drawn. */
  readonly reprint: (ticketId: string) => Promise<Ack<PrintReply>>;
}

const answer = (ack: Ended): EndedTickets => {
  if (ack.ok) return { ended: ack.value.ended };
  const { code } = ack.error;
  if (code === 'unknown-ticket') throw refuse(404, code, 'No ticket of today has this id.');
  if (code === 'not-cancellable') throw refuse(409, code, 'The ticket has ended already.');
  if (code === 'busy') throw refuse(503, code, 'Another program holds the database lock.');
  throw refuse(500, 'internal', `The office refused it (${code}).`);
};

const printed = (ack: Ack<PrintReply>): PrintReply => {
  if (ack.ok) return ack.value;
  const { code } = ack.error;
  if (code === 'unknown-ticket') throw refuse(404, code, 'No ticket of today has this id.');
  if (code === 'nothing-to-print') throw refuse(409, code, 'This ticket owes no paper.');
  if (code === 'busy') throw refuse(503, code, 'Another program holds the database lock.');
  throw refuse(500, 'internal', `The hub could not print it (${code}).`);
};

const ticketParams = z.object({ ticketId: z.string().min(1).max(64) });

/**
 * The office head's controls of the day (admin): "Stornieren" ends one open ticket, "Tag schließen"
 * ends every open ticket of today and stops the issue of numbers. Phones are told through the
 * office's events like any other change; the note goes to the change log only.
 */
export const dayControlRoutes: FastifyPluginCallbackZod<DayControlDeps> = (app, deps, done) => {
  app.post(
    '/api/admin/tickets/:ticketId/cancel',
    {
      schema: {
        params: ticketParams,
        body: cancelTicketSchema,
        response: { 200: endedTicketsSchema },
      },
    },
    async (request) => answer(await deps.cancel(request.params.ticketId, request.body.note || undefined)),
  );
  // The answer says whether it came out; one that did not stays listed with its new fault.
  app.post(
    '/api/admin/tickets/:ticketId/reprint',
    { schema: { params: ticketParams, response: { 200: printReplySchema } } },
    async (request) => printed(await deps.reprint(request.params.ticketId)),
  );
  app.post(
    '/api/admin/close-day',
    { schema: { body: closeDaySchema, response: { 200: endedTicketsSchema } } },
    async (request) => answer(await deps.closeDay(request.body.note || undefined)),
  );
  done();
};
