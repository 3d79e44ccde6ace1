import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** Decides whether a message counts as one the current round waits for at client `index`. */
export type Accept = (index: number, payload: unknown) => boolean;

/**
 * Notes, per client, when the first accepted message of the current round arrived, and lets the
 * bench wait until every client of a set has one. Clients are numbered 0..size-1 by the caller.
 */
export class Arrivals {
  private readonly first: Float64Array;
  private readonly expected: Uint8Array;
  private accept: Accept = () => false;
  private remaining = 0;
  private accepted = 0;
  private done: (() => void) | undefined;
  /** The latest accepted payload per kind of client, to learn the byte size of what was sent. */
  readonly lastPayload = new Map<string, unknown>();

  constructor(readonly size: number) {
    this.first = new Float64Array(size).fill(-1);
    this.expected = new Uint8Array(size);
  }

  /** Starts a round: forgets earlier arrivals; from now on messages passing `accept` count. */
  arm(accept: Accept): void {
    this.first.fill(-1);
    this.expected.fill(0);
    this.remaining = 0;
    this.accepted = 0;
    this.done = undefined;
    this.accept = accept;
    this.lastPayload.clear();
  }

  /** Called by every client's listener. */
  note(index: number, kind: string, payload: unknown): void {
    if (this.first[index] !== -1 || !this.accept(index, payload)) return;
    this.first[index] = performance.now();
    this.accepted++;
    this.lastPayload.set(kind, payload);
    if (this.expected[index] === 1 && --this.remaining === 0) this.done?.();
  }

  /** Waits until every client in `indices` has its message; returns how many still had none at the timeout. */
  async waitFor(indices: readonly number[], timeoutMs: number): Promise<number> {
    this.remaining = 0;
    for (const index of indices) {
      if (this.expected[index] === 1) continue;
      this.expected[index] = 1;
      if (this.first[index] === -1) this.remaining++;
    }
    if (this.remaining > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.done = resolve;
        timer = setTimeout(resolve, timeoutMs);
      });
      clearTimeout(timer);
      this.done = undefined;
    }
    return this.remaining;
  }

  /** Waits until no further message has been accepted for `quietMs` (the rest of a burst). */
  async quiet(quietMs: number): Promise<void> {
    for (let seen = -1; seen !== this.accepted;) {
      seen = this.accepted;
      await sleep(quietMs);
    }
  }

  /** Clients that got an accepted message this round. */
  recipients(): number[] {
    const found: number[] = [];
    for (let i = 0; i < this.size; i++) if ((this.first[i] ?? -1) !== -1) found.push(i);
    return found;
  }

  /** performance.now() of the latest first arrival this round (-1 when none). */
  lastAt(): number {
    return this.first.reduce((latest, at) => Math.max(latest, at), -1);
  }
}
