// What the bench's child processes tell the bench, and what the bare Socket.IO floor speaks.

/** How long the parts of a hub start took, measured inside the child (ms). */
export interface StartTimings {
  /** Process start until the hub's modules were loaded (node and the bundle's modules). */
  readonly bootMs: number;
  readonly openStoreMs: number;
  readonly createHubMs: number;
  readonly listenMs: number;
}

/** The one JSON line a child prints on stdout once it listens. */
export interface ReadyLine {
  readonly type: 'ready';
  readonly url: string;
  readonly pid: number;
  readonly timings?: StartTimings;
}

/** Prints the ready line; the bench waits for it. */
export function announceReady(line: Omit<ReadyLine, 'type'>): void {
  console.log(JSON.stringify({ type: 'ready', ...line }));
}

/** Parses a line of a child's stdout; undefined when it is not the ready line. */
export function parseReadyLine(text: string): ReadyLine | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const line = value as Partial<ReadyLine>;
  if (line.type !== 'ready' || typeof line.url !== 'string' || typeof line.pid !== 'number') return undefined;
  return line as ReadyLine;
}

/**
 * One broadcast of the floor: a payload of `staffBytes` JSON bytes to every counter and display,
 * and one of `followBytes` to each follow room named (the hub's rooms are `follow:<ticketId>` too).
 */
export interface BareSpec {
  readonly staffBytes: number;
  readonly followBytes: number;
  readonly rooms: readonly string[];
}

export interface BarePayload {
  readonly pad: string;
}

export interface BareClientEvents {
  'bare:call': (spec: BareSpec, ack: (reply: { ok: true }) => void) => void;
}

export interface BareServerEvents {
  'bare:staff': (payload: BarePayload) => void;
  'bare:follow': (payload: BarePayload) => void;
}

export type BareAuth =
  { readonly role: 'counter' | 'display' } | { readonly role: 'follow'; readonly room: string };

/** A payload whose JSON is exactly `bytes` long (for bytes ≥ 10): `{"pad":"xxx…"}`. */
export const padPayload = (bytes: number): BarePayload => ({ pad: 'x'.repeat(Math.max(0, bytes - 10)) });
