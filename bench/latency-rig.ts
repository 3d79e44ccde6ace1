// The clients of the call-latency benchmark, twice: on the hub and on the bare floor. Client i is the
// same display (i < displays) or phone (i ≥ displays) on both, so a round's recipients can be replayed.
import { Arrivals } from './arrivals.ts';
import { connectBare, connectHub, connectMany } from './clients.ts';
import type { BareClient, HubClient } from './clients.ts';

/** A waiting ticket as the bench knows it. */
export interface QueuedTicket {
  readonly id: string;
  readonly errandId: string;
  readonly token: string;
}

export interface RigOptions {
  readonly displays: number;
  readonly follows: number;
  readonly counters: number;
  /** The waiting tickets; phone j follows the ticket in slot j % queue.length. */
  readonly queue: readonly QueuedTicket[];
}

export class LatencyRig {
  readonly hub: Arrivals;
  readonly bare: Arrivals;
  readonly displayIndices: readonly number[];
  /** The ticket each queue slot holds now. */
  readonly slots: QueuedTicket[];
  private readonly phonesBySlot: number[][];
  private readonly hubPhones: (HubClient | undefined)[];
  private readonly barePhones: (BareClient | undefined)[];

  private constructor(
    private readonly hubUrl: string,
    private readonly bareUrl: string,
    private readonly options: RigOptions,
    readonly hubCounters: readonly HubClient[],
    readonly bareCounters: readonly BareClient[],
    private readonly displays: readonly (HubClient | BareClient)[],
  ) {
    const { displays: D, follows } = options;
    this.hub = new Arrivals(D + follows);
    this.bare = new Arrivals(D + follows);
    this.displayIndices = Array.from({ length: D }, (_, i) => i);
    this.slots = [...options.queue];
    this.phonesBySlot = this.slots.map(() => []);
    for (let j = 0; j < follows; j++) this.phonesBySlot[j % this.slots.length]?.push(D + j);
    this.hubPhones = Array.from({ length: follows }, () => undefined);
    this.barePhones = Array.from({ length: follows }, () => undefined);
  }

  /** Connects counters, displays and one phone per follow client on both servers. */
  static async open(hubUrl: string, bareUrl: string, options: RigOptions): Promise<LatencyRig> {
    const hubCounters = await connectMany(options.counters, () => connectHub(hubUrl, { demo: 'counter' }));
    // One more on the bare side: the hub's kiosk also gets every office:events batch.
    const bareCounters = await connectMany(options.counters + 1, () =>
      connectBare(bareUrl, { role: 'counter' }),
    );
    const hubDisplays = await connectMany(options.displays, () => connectHub(hubUrl, { demo: 'display' }));
    const bareDisplays = await connectMany(options.displays, () => connectBare(bareUrl, { role: 'display' }));
    const rig = new LatencyRig(hubUrl, bareUrl, options, hubCounters, bareCounters, [
      ...hubDisplays,
      ...bareDisplays,
    ]);
    hubDisplays.forEach((s, i) => s.on('office:events', (batch) => rig.hub.note(i, 'staff', batch)));
    bareDisplays.forEach((s, i) => s.on('bare:staff', (payload) => rig.bare.note(i, 'staff', payload)));
    for (let slot = 0; slot < rig.slots.length; slot += 10) {
      const batch = Array.from({ length: Math.min(10, rig.slots.length - slot) }, (_, k) => slot + k);
      await Promise.all(batch.map((s) => rig.follow(s, rig.slots[s] ?? fail('no ticket'))));
    }
    return rig;
  }

  /** Client indices of the phones following a slot's ticket. */
  phonesOf(slot: number): readonly number[] {
    return this.phonesBySlot[slot] ?? [];
  }

  /** The queue slot whose ticket a phone (by client index) follows. */
  slotOfPhone(index: number): number {
    return (index - this.options.displays) % this.slots.length;
  }

  /** The slot's phones leave (their ticket was served); new phones follow the slot's new ticket. */
  async follow(slot: number, ticket: QueuedTicket): Promise<void> {
    this.slots[slot] = ticket;
    const D = this.options.displays;
    await Promise.all(
      this.phonesOf(slot).map(async (index) => {
        const j = index - D;
        this.hubPhones[j]?.close();
        this.barePhones[j]?.close();
        const [hubPhone, barePhone] = await Promise.all([
          connectHub(this.hubUrl, { follow: ticket.token }),
          connectBare(this.bareUrl, { role: 'follow', room: ticket.id }),
        ]);
        hubPhone.on('follow:update', (view) => this.hub.note(index, 'follow', view));
        barePhone.on('bare:follow', (payload) => this.bare.note(index, 'follow', payload));
        this.hubPhones[j] = hubPhone;
        this.barePhones[j] = barePhone;
      }),
    );
  }

  close(): void {
    for (const socket of [
      ...this.hubCounters,
      ...this.bareCounters,
      ...this.displays,
      ...this.hubPhones,
      ...this.barePhones,
    ]) {
      socket?.close();
    }
  }
}

function fail(message: string): never {
  throw new Error(message);
}
