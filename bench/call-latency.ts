// Figure 1 (call latency) and figure 2 (hub RSS): the hub and the bare floor, each in its own child
// process, each with the same 525 clients, driven call by call in alternation so both see the same noise.
import { performance } from 'node:perf_hooks';
import type { EventBatch } from '@aufruf/protocol';
import type { Accept } from './arrivals.ts';
import type { BareSpec } from './child-protocol.ts';
import { startChild } from './children.ts';
import { acked, connectHub, requestId } from './clients.ts';
import type { HubClient } from './clients.ts';
import { LatencyRig } from './latency-rig.ts';
import type { QueuedTicket } from './latency-rig.ts';
import { memoryFigure, processMemory } from './memory.ts';
import { num } from './report.ts';
import type { BenchOutcome, Figure } from './report.ts';
import { median, summarize } from './stats.ts';
import type { Summary } from './stats.ts';

export interface LatencyOptions {
  /** Measured calls (each followed by an unmeasured complete and a new draw). */
  readonly calls: number;
  /** Unmeasured calls first (JIT; the first also sends every follow page its first view). */
  readonly warmup: number;
  readonly displays: number;
  readonly follows: number;
  /** Tickets waiting at any time; each is followed by follows / queue phones. */
  readonly queue: number;
}

export const P99_GOAL_MS = 50;
export const MAX_RATIO_TO_BARE = 2;
/** Numbers run to 999 per letter and day. */
const MAX_PER_LETTER = 999;
const WAIT_TIMEOUT_MS = 10_000;

/** One command as the hub answered it, replayed against the floor: what went to whom. */
interface Phase {
  readonly spec: BareSpec;
  readonly recipients: readonly number[];
}

/** After the clients that must hear of a command: how long without a message ends its burst. */
const QUIET_MS = 3;

const bytesOf = (payload: unknown): number =>
  payload === undefined ? 0 : Buffer.byteLength(JSON.stringify(payload), 'utf8');

const batchHas = (payload: unknown, type: string): boolean =>
  (payload as EventBatch).events.some((event) => event.type === type);

export async function measureCallLatency(options: LatencyOptions): Promise<BenchOutcome> {
  const notes: string[] = [];
  const [hubChild, bareChild] = await Promise.all([
    startChild('hub-process.ts'),
    startChild('bare-broadcast-process.ts'),
  ]);
  let kiosk: HubClient | undefined;
  let rig: LatencyRig | undefined;
  try {
    const idle = { hub: processMemory(hubChild.pid), bare: processMemory(bareChild.pid) };

    // --- The kiosk draws the queue, and one new ticket after each call; it stays connected
    // (kiosks show the queue, so they get every batch too).
    kiosk = await connectHub(hubChild.ready.url, { demo: 'kiosk' });
    const drawer = kiosk;
    const sync = await acked('office:sync', drawer.emitWithAck('office:sync'));
    if (!sync.ok) throw new Error(`office:sync refused: ${sync.error.message}`);
    const errandIds = sync.value.office.errands.map((e) => e.id);
    const placeIds = sync.value.office.places.map((p) => p.id);
    const maxCalls = errandIds.length * MAX_PER_LETTER - options.queue - options.warmup;
    const calls = Math.min(options.calls, maxCalls);
    if (calls < options.calls) {
      notes.push(`calls capped at ${calls}: ${errandIds.length} letters × ${MAX_PER_LETTER} numbers a day`);
    }
    let drawn = 0;
    const draw = async (): Promise<QueuedTicket> => {
      const errandId = errandIds[drawn++ % errandIds.length] ?? '';
      const reply = await acked(
        'ticket:draw',
        drawer.emitWithAck('ticket:draw', { requestId: requestId(), errandId }),
      );
      if (!reply.ok) throw new Error(`ticket:draw refused: ${reply.error.message}`);
      return { id: reply.value.ticket.id, errandId, token: reply.value.followToken };
    };
    const queue: QueuedTicket[] = [];
    for (let i = 0; i < options.queue; i++) queue.push(await draw());

    const D = options.displays;
    const opened = await LatencyRig.open(hubChild.ready.url, bareChild.ready.url, {
      displays: D,
      follows: options.follows,
      counters: placeIds.length,
      queue,
    });
    rig = opened;
    const slotOf = new Map(queue.map((t, slot) => [t.id, slot]));
    const slots = queue.map((_, slot) => slot);
    // Slots whose phones the hub has not sent a view yet: it does so at the next change of anything.
    const fresh = new Set(slots);
    const clients = { kiosk: 1, counters: placeIds.length, displays: D, follows: options.follows };

    // --- What counts as "arrived" at the hub's clients in each part of a round.
    const onCall: Accept = (i, payload) => i >= D || batchHas(payload, 'TicketCalled');
    const onComplete: Accept = (i, payload) => i >= D || batchHas(payload, 'TicketServed');
    const onDraw: Accept = (i, payload) => i >= D || batchHas(payload, 'TicketDrawn');

    const hubLatencies: number[] = [];
    const bareLatencies: number[] = [];
    const requiredPhones: number[] = [];
    const reachedPhones: number[] = [];
    const staffBytes: number[] = [];
    const followBytes: number[] = [];
    let timeouts = 0;

    /**
     * The rest of a hub command: waits for the clients that must hear of it, then for the rest of the
     * burst (the hub may tell more phones than the bench can predict, e.g. when wait estimates move).
     */
    const hubBurst = async (required: readonly number[]): Promise<Phase & { lastAt: number }> => {
      timeouts += (await opened.hub.waitFor(required, WAIT_TIMEOUT_MS)) > 0 ? 1 : 0;
      await opened.hub.quiet(QUIET_MS);
      const recipients = opened.hub.recipients();
      const slotsReached = new Set(recipients.filter((i) => i >= D).map((i) => opened.slotOfPhone(i)));
      return {
        lastAt: opened.hub.lastAt(),
        recipients,
        spec: {
          staffBytes: bytesOf(opened.hub.lastPayload.get('staff')),
          followBytes: bytesOf(opened.hub.lastPayload.get('follow')),
          rooms: [...slotsReached].map((s) => opened.slots[s]?.id ?? ''),
        },
      };
    };

    const hubRound = async (
      round: number,
    ): Promise<{ latency: number; phases: Phase[]; slot: number; next: QueuedTicket }> => {
      const placeId = placeIds[round % placeIds.length] ?? '';
      const counter = opened.hubCounters[round % placeIds.length] ?? fail('no counter');
      opened.hub.arm(onCall);
      const t0 = performance.now();
      const reply = await acked(
        'counter:call-next',
        counter.emitWithAck('counter:call-next', { requestId: requestId(), placeId }),
      );
      if (!reply.ok || !reply.value.ticket) throw new Error(`call-next failed: ${JSON.stringify(reply)}`);
      const called = reply.value.ticket;
      const slot = slotOf.get(called.id) ?? fail(`called ${called.id}, which the bench did not queue`);
      // Whose follow page must change: the called ticket's (now "called"), every other waiting ticket
      // of the same errand (all behind it: one fewer ahead), and pages that never had a view.
      const changed = slots.filter(
        (s) => s === slot || fresh.has(s) || opened.slots[s]?.errandId === called.errandId,
      );
      fresh.clear();
      const required = [...opened.displayIndices, ...changed.flatMap((s) => opened.phonesOf(s))];
      const call = await hubBurst(required);
      if (round >= options.warmup) {
        requiredPhones.push(required.length - D);
        reachedPhones.push(call.recipients.length - D);
        staffBytes.push(call.spec.staffBytes);
        followBytes.push(call.spec.followBytes);
      }

      // Not measured: the counter completes (freeing the place), the kiosk draws a new ticket
      // (keeping the queue as long as it was); each waits until its messages are through.
      opened.hub.arm(onComplete);
      const completed = await acked(
        'counter:complete',
        counter.emitWithAck('counter:complete', { requestId: requestId(), placeId }),
      );
      if (!completed.ok) throw new Error(`complete failed: ${completed.error.message}`);
      const complete = await hubBurst([...opened.displayIndices, ...opened.phonesOf(slot)]);
      opened.hub.arm(onDraw);
      const next = await draw();
      const newTicket = await hubBurst(opened.displayIndices);
      return { latency: call.lastAt - t0, slot, next, phases: [call, complete, newTicket] };
    };

    /** The same commands' messages from the bare server; the first one's latency. */
    const bareRound = async (round: number, phases: readonly Phase[]): Promise<number> => {
      const counter = opened.bareCounters[round % placeIds.length] ?? fail('no counter');
      let latency = Number.NaN;
      for (const phase of phases) {
        opened.bare.arm(() => true);
        const t0 = performance.now();
        await acked('bare:call', counter.emitWithAck('bare:call', phase.spec));
        timeouts += (await opened.bare.waitFor(phase.recipients, WAIT_TIMEOUT_MS)) > 0 ? 1 : 0;
        if (Number.isNaN(latency)) latency = opened.bare.lastAt() - t0;
      }
      return latency;
    };

    for (let round = 0; round < options.warmup + calls; round++) {
      const { latency, phases, slot, next } = await hubRound(round);
      const bare = await bareRound(round, phases);
      if (round >= options.warmup) {
        hubLatencies.push(latency);
        bareLatencies.push(bare);
      }
      // The served ticket's phones leave; phones for the new ticket arrive (on both servers).
      const served = opened.slots[slot];
      if (served) slotOf.delete(served.id);
      await opened.follow(slot, next);
      slotOf.set(next.id, slot);
      fresh.add(slot);
    }

    // --- Figure 2 while everyone is still connected.
    const hubMemory = processMemory(hubChild.pid);
    const bareMemory = processMemory(bareChild.pid);

    const hub = summarize(hubLatencies);
    const bare = summarize(bareLatencies);
    const required = summarize(requiredPhones);
    const reached = summarize(reachedPhones);
    const ratio = hub.p99 / bare.p99;
    const show = (s: Summary): string => `${num(s.p50)}/${num(s.p99)}/${num(s.max)} ms`;
    const latencyFigure: Figure = {
      figure: `call latency p50 / p99 / max (${calls} calls)`,
      value: show(hub),
      floor: `bare ${show(bare)}`,
      ratio,
      goal: `p99 < ${P99_GOAL_MS} ms & ≤ ${MAX_RATIO_TO_BARE}× bare`,
      pass: timeouts === 0 && hub.p99 < P99_GOAL_MS && ratio <= MAX_RATIO_TO_BARE,
      data: {
        unit: 'ms',
        hub,
        bare,
        calls,
        warmup: options.warmup,
        queue: options.queue,
        ticketsDrawn: drawn,
        timeouts,
        phonesPerCall: { required, reached },
        payloadBytes: { staff: summarize(staffBytes), follow: summarize(followBytes) },
        hubSamples: hubLatencies.map((x) => Math.round(x * 1000) / 1000),
        bareSamples: bareLatencies.map((x) => Math.round(x * 1000) / 1000),
      },
    };
    notes.push(
      `call latency: from emitting counter:call-next until the LAST of the ${D} displays has the ` +
        `office:events batch with the TicketCalled and every phone the hub sent a follow:update for the call ` +
        `has it (at least the called ticket's phones and those of every waiting ticket of the same errand: ` +
        `${num(required.p50)} phones; reached: ${num(reached.min)}–${num(reached.max)}, median ` +
        `${num(reached.p50)}; a burst ends after ${QUIET_MS} ms without a message). ${options.queue} tickets ` +
        `wait throughout (after each call one is served and one drawn, and its phones replaced); ${drawn} ` +
        `tickets drawn in all. Bare: a plain Socket.IO server sends payloads of the same sizes ` +
        `(${num(median(staffBytes))} B / ${num(median(followBytes))} B) to the same clients and rooms, ` +
        `measured the same way, alternating call by call with the hub.`,
    );
    notes.push(
      `hub RSS: VmRSS of the child process after the last call, all clients still connected. Before any ` +
        `client connected: hub ${num(idle.hub.rssMb)} MB, bare ${num(idle.bare.rssMb)} MB (both run from an esbuild ` +
        `bundle with plain node, as \`npm run start:hub\` does).`,
    );
    if (timeouts > 0) notes.push(`call latency: ${timeouts} waits timed out after ${WAIT_TIMEOUT_MS} ms`);
    return {
      figures: [latencyFigure, memoryFigure(hubMemory, bareMemory, clients, idle)],
      notes,
      data: { clients },
    };
  } finally {
    kiosk?.close();
    rig?.close();
    await Promise.all([hubChild.stop(), bareChild.stop()]);
  }
}

function fail(message: string): never {
  throw new Error(message);
}
