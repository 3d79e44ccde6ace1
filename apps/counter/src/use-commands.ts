import { useCallback, useRef, useState } from 'react';
import type { PlaceState } from '@aufruf/core';
import type { CommandInput, HubClient } from '@aufruf/client';
import type { CommandName, WireError } from '@aufruf/protocol';

/** The commands a counter sends; each answers with the place and the ticket as they are now. */
export type CounterCommand = Exclude<CommandName, 'ticket:draw'>;

/** Why a command was refused: a code the screen words in the clerk's language (command-error.ts). */
export type CommandError = WireError;

export interface Commands {
  /** True while a command is under way or its result has not reached this screen yet. */
  readonly busy: boolean;
  /** Why the last command was refused (the hub's code), until the next action. */
  readonly error: CommandError | null;
  /** Sends one command; ignored while another is busy. Resolves true when the hub accepted it. */
  readonly run: <N extends CounterCommand>(name: N, input: CommandInput<N>) => Promise<boolean>;
  readonly clearError: () => void;
}

// How long to wait for the accepted command's events before the buttons come back anyway.
const SETTLE_MS = 3000;

const samePlace = (a: PlaceState | undefined, b: PlaceState): boolean =>
  a !== undefined &&
  a.ticketId === b.ticketId &&
  a.staffed === b.staffed &&
  a.paused === b.paused &&
  a.backAt === b.backAt &&
  a.errandIds.length === b.errandIds.length &&
  a.errandIds.every((id, i) => id === b.errandIds[i]);

/**
 * Runs counter commands one at a time. From the press until the hub's events show the new state, the
 * buttons are disabled and `run` ignores further commands, so a double press never acts twice and no
 * press acts on a stale picture.
 */
export function useCommands(
  client: HubClient,
  placeId: string,
  currentPlace: PlaceState | undefined,
): Commands {
  const [pending, setPending] = useState(false);
  const [expected, setExpected] = useState<PlaceState | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  // Refs, not state: two presses in the same frame must see each other, and a press must see the hub's
  // latest events even before the screen has redrawn.
  const inFlight = useRef(false);
  const awaited = useRef<PlaceState | null>(null);

  const livePlace = useCallback(() => client.getView().state?.places[placeId], [client, placeId]);

  const run = useCallback(
    async <N extends CounterCommand>(name: N, input: CommandInput<N>): Promise<boolean> => {
      if (inFlight.current) return false;
      if (awaited.current && !samePlace(livePlace(), awaited.current)) return false;
      inFlight.current = true;
      awaited.current = null;
      setPending(true);
      setError(null);
      try {
        const reply = await client.send(name, input);
        if (!reply.ok) {
          setError(reply.error);
          return false;
        }
        const value: unknown = reply.value;
        if (isCounterReply(value)) {
          const place = value.place;
          awaited.current = place;
          setExpected(place);
          setTimeout(() => {
            if (awaited.current === place) awaited.current = null;
            setExpected((current) => (current === place ? null : current));
          }, SETTLE_MS);
        }
        return true;
      } catch (cause) {
        setError({ code: 'unreachable', message: cause instanceof Error ? cause.message : String(cause) });
        return false;
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [client, livePlace],
  );

  const clearError = useCallback(() => setError(null), []);
  const settling = expected !== null && !samePlace(currentPlace, expected);
  return { busy: pending || settling, error, run, clearError };
}

function isCounterReply(value: unknown): value is { place: PlaceState } {
  return typeof value === 'object' && value !== null && 'place' in value;
}
