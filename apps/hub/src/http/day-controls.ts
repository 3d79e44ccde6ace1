import { cancelTicketSchema, closeDaySchema, endedTicketsSchema } from '@aufruf/protocol';
import type { Ack, EndedTickets } from '@aufruf/protocol';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { refuse } from './http-errors.ts';

type Ended = Ack<{ readonly ended: number }>;

export interface DayControlDeps {
  readonly cancel: (ticketId: string, note: string | undefined) => Promise<Ended>;
  readonly closeDay: (note: string | undefined) => Promise<Ended>;
}

const answer = (ack: Ended): EndedTickets => {
  if (ack.ok) return { ended: ack.value.ended };
  const { code } = ack.error;
  if (code === 'unknown-ticket') throw refuse(404, code, 'No ticket of today has this id.');
  if (code === 'not-cancellable') throw refuse(409, code, 'The ticket has ended already.');
  if (code === 'busy') throw refuse(503, code, 'Another program holds the database lock.');
  throw refuse(500, 'internal', `The office refused it (${code}).`);
};

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
        params: z.object({ ticketId: z.string().min(1).max(64) }),
        body: cancelTicketSchema,
        response: { 200: endedTicketsSchema },
      },
    },
    async (request) => answer(await deps.cancel(request.params.ticketId, request.body.note || undefined)),
  );
  app.post(
    '/api/admin/close-day',
    { schema: { body: closeDaySchema, response: { 200: endedTicketsSchema } } },
    async (request) => answer(await deps.closeDay(request.body.note || undefined)),
  );
  done();
};
