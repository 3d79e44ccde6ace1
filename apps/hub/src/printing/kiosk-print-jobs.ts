import { ok } from '@aufruf/core';
import { ackSchema, printReplySchema } from '@aufruf/protocol';
import type { Ack, PrintJobRequest, PrintReply, ServerToClientEvents } from '@aufruf/protocol';
import type { Server } from 'socket.io';

/** How long a kiosk may take to print a ticket again (its printer checks status first). */
export const KIOSK_PRINT_TIMEOUT_MS = 20_000;

const answerSchema = ackSchema(printReplySchema);

/** What staff are told when the kiosk that should print is not there or does not answer. */
const unreachable: Ack<PrintReply> = ok({ printed: false, state: 'offline', reason: 'offline' });

/**
 * Sends a print job to one connected socket of a kiosk (its device room, or a demo kiosk's own socket):
 * one only, so a kiosk that happens to have two windows open prints the ticket once. Its answer is
 * parsed like anything from the network; silence counts as a printer that cannot be reached.
 */
export async function printOnKiosk(
  io: Server<never, ServerToClientEvents>,
  room: string,
  job: PrintJobRequest,
  timeoutMs = KIOSK_PRINT_TIMEOUT_MS,
): Promise<Ack<PrintReply>> {
  const [socket] = await io.in(room).fetchSockets();
  if (!socket) return unreachable;
  try {
    const [answer] = await io.to(socket.id).timeout(timeoutMs).emitWithAck('printer:job', job);
    const parsed = answerSchema.safeParse(answer);
    return parsed.success ? parsed.data : unreachable;
  } catch {
    return unreachable;
  }
}
