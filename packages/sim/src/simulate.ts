import {
  decide,
  DEFAULT_SERVICE_MINUTES,
  forecast,
  evolveAll,
  formatTicketNumber,
  initialState,
  serviceTimes,
} from '@aufruf/core';
import type {
  Command,
  DomainEvent,
  OfficeState,
  ServiceHistory,
  Ticket,
  TicketStatus,
  WaitEstimate,
} from '@aufruf/core';
import { generateArrivals } from './arrivals.ts';
import type { Arrival } from './arrivals.ts';
import { seededRandom } from './random.ts';
import { THURSDAY } from './scenario.ts';
import type { Scenario } from './scenario.ts';
import { summarizeDay } from './summary.ts';
import type { DaySummary, TicketRecord } from './summary.ts';

export interface SimOptions {
  readonly seed: number;
  /** Past days' service times, e.g. the previous simulated day's `history`; none on a first day. */
  readonly history?: ServiceHistory;
  /** The day to simulate; {@link THURSDAY} by default. */
  readonly scenario?: Scenario;
  /** The visitors of the day instead of random ones (the planner replays a stored day's arrivals). */
  readonly arrivals?: readonly Arrival[];
}

export interface SimResult {
  readonly seed: number;
  /** One record per drawn ticket, in drawing order. */
  readonly records: readonly TicketRecord[];
  readonly summary: DaySummary;
  /** This day's service times folded into the given history: the next simulated day's history. */
  readonly history: ServiceHistory;
  /** Every event the commands produced, in order, as the hub's store would keep them. */
  readonly events: readonly DomainEvent[];
  /**
   * When the last visitor is done: as projected the moment the kiosk stopped handing out numbers
   * (null when the projection had no figure), and as it happened (ms since the epoch).
   */
  readonly lastVisitor: { readonly projectedAt: number | null; readonly actualAt: number | null };
}

const MINUTE = 60_000;
// Independent random streams, so that e.g. a change in service draws leaves the arrivals alone.
const ARRIVALS = 1;
const SERVICE = 2;
const DAY = 3;

type Action = 'complete' | 'recall' | 'no-show' | 'resume' | 'join';
interface Pending {
  readonly at: number;
  readonly placeId: string;
  readonly action: Action;
}

interface Clerk {
  readonly place: Scenario['places'][number];
  busy: boolean;
  paused: boolean;
  pauseTaken: boolean;
  /** Not signed in (yet, see the place's `joinsAtMinute`, or any more, see `leavesAtMinute`). */
  gone: boolean;
}

interface DrawnAtKiosk {
  readonly peopleAhead: number;
  readonly estimate: WaitEstimate | null;
  readonly naiveMinutes: number | null;
}

/**
 * Simulates one walk-in day, driving the office only through the core commands as the hub does:
 * visitors draw numbers, clerks call the next one as soon as they are free, serve, recall missing
 * visitors and mark them no-shows, and take their break. Deterministic for a seed.
 */
export function simulateThursday(options: SimOptions): SimResult {
  const scenario = options.scenario ?? THURSDAY;
  const history = options.history ?? {};
  const { setup } = scenario;
  const service = seededRandom(options.seed, SERVICE);
  const dayRandom = seededRandom(options.seed, DAY);
  // Today's clerks and cases are a little faster or slower than on other days.
  const dayMeans = new Map(
    setup.errands.map((e) => [
      e.id,
      (scenario.serviceMinutes[e.id] ?? DEFAULT_SERVICE_MINUTES) *
        Math.exp(scenario.dayToDaySpread * dayRandom.normal()),
    ]),
  );
  const arrivals = options.arrivals ?? generateArrivals(scenario, seededRandom(options.seed, ARRIVALS));

  let now = scenario.opensAt;
  let counter = 0;
  let state: OfficeState = initialState(setup, '');
  const events: DomainEvent[] = [];
  const run = (command: Command): DomainEvent[] | null => {
    const result = decide(state, command, { setup, now, newId: () => `t${++counter}` });
    if (!result.ok) return null;
    state = evolveAll(state, result.value);
    events.push(...result.value);
    return result.value;
  };

  const pending: Pending[] = [];
  const schedule = (minutes: number, placeId: string, action: Action): void => {
    pending.push({ at: now + Math.round(minutes * MINUTE), placeId, action });
  };
  const lastCall = scenario.opensAt + scenario.lastCallMinutes * MINUTE;
  const clerks = scenario.places.map((place): Clerk => ({
    place,
    busy: false,
    paused: false,
    pauseTaken: false,
    gone: (place.joinsAtMinute ?? 0) > 0,
  }));

  // A free clerk first takes a due break, else calls the next number, if anyone waits.
  const callNext = (clerk: Clerk): void => {
    const { place } = clerk;
    if (clerk.busy || clerk.paused || clerk.gone || now > lastCall) return;
    if (place.leavesAtMinute !== undefined && now >= scenario.opensAt + place.leavesAtMinute * MINUTE) {
      run({ type: 'staff', placeId: place.id, staffed: false });
      clerk.gone = true;
      return;
    }
    if (place.pause && !clerk.pauseTaken && now >= scenario.opensAt + place.pause.atMinute * MINUTE) {
      // The clerk says how long they will be away, as the counter asks them to.
      run({ type: 'pause', placeId: place.id, paused: true, minutes: place.pause.minutes });
      clerk.paused = true;
      clerk.pauseTaken = true;
      schedule(place.pause.minutes, place.id, 'resume');
      return;
    }
    const called = run({ type: 'call-next', placeId: place.id })?.find((e) => e.type === 'TicketCalled');
    const ticket = called ? state.tickets.get(called.ticketId) : undefined;
    if (!ticket) return;
    clerk.busy = true;
    if (service.next() < scenario.noShowRate) {
      schedule(scenario.recallAfterMinutes, place.id, 'recall');
      schedule(scenario.noShowAfterMinutes, place.id, 'no-show');
    } else {
      const mean = (dayMeans.get(ticket.errandId) ?? DEFAULT_SERVICE_MINUTES) * place.pace;
      schedule(service.logNormal(mean, scenario.serviceCv), place.id, 'complete');
    }
  };
  const callEverywhere = (): void => clerks.forEach(callNext);

  const kiosk = new Map<string, DrawnAtKiosk>();
  const draw = (errandId: string): void => {
    const before = state;
    const drawn = run({ type: 'draw', errandId })?.find((e) => e.type === 'TicketDrawn');
    if (drawn?.type !== 'TicketDrawn') return;
    const ticket = drawn.ticket;
    const outlook = forecast(state, setup, history, now).waiting(ticket.id);
    const ahead = outlook?.ahead ?? 0;
    const mean = serviceTimes(before, history).errands[errandId]?.meanMinutes ?? DEFAULT_SERVICE_MINUTES;
    const open = Object.values(state.places).filter(
      (p) => p.staffed && !p.paused && p.errandIds.includes(errandId),
    ).length;
    kiosk.set(ticket.id, {
      peopleAhead: ahead,
      estimate: outlook?.estimate ?? null,
      naiveMinutes: open === 0 ? null : (ahead * mean) / open,
    });
  };

  // Every clerk opens their counter at opening (or later, see joinsAtMinute): their place counts then.
  for (const place of scenario.places) {
    run({ type: 'configure-place', placeId: place.id, errandIds: place.errandIds });
    if ((place.joinsAtMinute ?? 0) > 0) schedule(place.joinsAtMinute ?? 0, place.id, 'join');
    else run({ type: 'staff', placeId: place.id, staffed: true });
  }

  // At the end of issuing, every visitor of the day is known: the projection of when the last one is
  // done can be held against what happens.
  const issuingEnds = scenario.opensAt + scenario.drawMinutes * MINUTE;
  let projectedAt: number | null | undefined;
  const projectLastVisitor = (): void => {
    const f = forecast(state, setup, history, issuingEnds);
    let last: number | null = issuingEnds;
    for (const errand of setup.errands) {
      const done = f.capacity(errand.id).lastDoneAt;
      last = done === null || last === null ? null : Math.max(last, done);
    }
    projectedAt = last;
  };

  let nextArrival = 0;
  for (;;) {
    const arrival = arrivals[nextArrival];
    const arrivalAt = arrival ? scenario.opensAt + Math.round(arrival.minute * MINUTE) : Infinity;
    let index = -1;
    pending.forEach((p, i) => {
      if (index === -1 || p.at < (pending[index]?.at ?? Infinity)) index = i;
    });
    const due = pending[index];
    if (projectedAt === undefined && Math.min(arrivalAt, due?.at ?? Infinity) >= issuingEnds)
      projectLastVisitor();
    if (!arrival && !due) break;
    if (arrival && (!due || arrivalAt <= due.at)) {
      now = arrivalAt;
      nextArrival++;
      draw(arrival.errandId);
      callEverywhere();
      continue;
    }
    if (!due) break;
    pending.splice(index, 1);
    now = due.at;
    const clerk = clerks.find((c) => c.place.id === due.placeId);
    if (!clerk) continue;
    if (due.action === 'recall') {
      run({ type: 'recall', placeId: due.placeId });
      continue;
    }
    if (due.action === 'join') {
      run({ type: 'staff', placeId: due.placeId, staffed: true });
      clerk.gone = false;
    } else if (due.action === 'resume') {
      run({ type: 'pause', placeId: due.placeId, paused: false });
      clerk.paused = false;
    } else {
      run({ type: due.action, placeId: due.placeId });
      clerk.busy = false;
    }
    callEverywhere();
  }

  // Whoever is still open at the last call goes home; the next morning's roll-over expires the number.
  const lastDay = state;
  now = scenario.opensAt + 22 * 60 * MINUTE;
  const expired = new Set(
    (run({ type: 'roll-over' }) ?? []).flatMap((e) => (e.type === 'TicketExpired' ? [e.ticketId] : [])),
  );
  const records = [...lastDay.tickets.values()]
    .sort((a, b) => a.drawnAt - b.drawnAt || a.number - b.number)
    .map((ticket) =>
      toRecord(ticket, kiosk.get(ticket.id), expired.has(ticket.id) ? 'expired' : ticket.status),
    );

  const finished = [...lastDay.tickets.values()].flatMap((t) =>
    t.finishedAt === null ? [] : [t.finishedAt],
  );
  return {
    seed: options.seed,
    records,
    summary: summarizeDay(records),
    history: serviceTimes(lastDay, history).errands,
    events,
    lastVisitor: {
      projectedAt: projectedAt ?? null,
      actualAt: finished.length > 0 ? Math.max(...finished) : null,
    },
  };
}

function toRecord(ticket: Ticket, kiosk: DrawnAtKiosk | undefined, outcome: TicketStatus): TicketRecord {
  return {
    ticketId: ticket.id,
    number: formatTicketNumber(ticket, { separator: ' ' }),
    errandId: ticket.errandId,
    drawnAt: ticket.drawnAt,
    peopleAhead: kiosk?.peopleAhead ?? 0,
    estimate: kiosk?.estimate ?? null,
    naiveMinutes: kiosk?.naiveMinutes ?? null,
    waitMinutes: ticket.firstCalledAt === null ? null : (ticket.firstCalledAt - ticket.drawnAt) / MINUTE,
    outcome,
  };
}
