import { fail, ok } from '@aufruf/core';
import { invalidPayload, wireError } from '@aufruf/protocol';
import type { Ack } from '@aufruf/protocol';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import { isAllowedUrl } from './harden.ts';

/**
 * A sender is trusted only when it is the main frame of our own window showing our own app:
 * not an iframe, not another window, not a page that was navigated elsewhere.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  contents: WebContents | null,
  appUrl: string,
): boolean {
  const frame = event.senderFrame;
  return (
    contents !== null &&
    event.sender === contents &&
    frame !== null &&
    frame === contents.mainFrame &&
    isAllowedUrl(frame.url, appUrl)
  );
}

export interface GuardedChannel<S extends z.ZodType, R> {
  readonly channel: string;
  readonly schema: S;
  readonly handler: (payload: z.infer<S>) => Promise<R> | R;
}

/**
 * Registers an IPC handler that answers with an Ack: a foreign sender or a payload that does not match
 * the schema is refused before the handler (and the printer behind it) is ever reached.
 */
export function handleGuarded<S extends z.ZodType, R>(
  ipcMain: Pick<IpcMain, 'handle'>,
  trusted: (event: IpcMainInvokeEvent) => boolean,
  { channel, schema, handler }: GuardedChannel<S, R>,
): void {
  ipcMain.handle(channel, async (event, payload: unknown): Promise<Ack<R>> => {
    if (!trusted(event)) return fail(wireError('forbidden', 'This window may not use this function.'));
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return fail(invalidPayload(parsed.error));
    try {
      return ok(await handler(parsed.data));
    } catch (error) {
      return fail(wireError('internal', error instanceof Error ? error.message : 'Unexpected error'));
    }
  });
}
