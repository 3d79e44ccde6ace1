import type { OfficeSetup } from '@aufruf/core';

/** How visitors and clerks behave on one kind of day; {@link THURSDAY} is the office's walk-in morning. */
export interface Scenario {
  readonly setup: OfficeSetup;
  /** Opening time, ms since the epoch. */
  readonly opensAt: number;
  /** The kiosk hands out numbers this many minutes after opening; everyone who drew is still served. */
  readonly drawMinutes: number;
  /** Clerks stop calling this many minutes after opening; what is still open expires overnight. */
  readonly lastCallMinutes: number;
  /** Arrival rate (visitors per hour) at minutes after opening; linear in between. */
  readonly arrivalProfile: readonly (readonly [minute: number, perHour: number])[];
  /** Share of visitors per errand id (need not sum to 1). */
  readonly errandMix: Readonly<Record<string, number>>;
  /** Mean service minutes per errand id: first call until done, walking to the counter included. */
  readonly serviceMinutes: Readonly<Record<string, number>>;
  /** Spread of one service (sd / mean); log-normal. */
  readonly serviceCv: number;
  /** Day-to-day spread of each errand's mean (sd of its logarithm): history is never quite today. */
  readonly dayToDaySpread: number;
  readonly places: readonly {
    readonly id: string;
    readonly errandIds: readonly string[];
    /** Multiplies this clerk's service times (1 = average). */
    readonly pace: number;
    /** A break: taken when the clerk is next free after `atMinute`, lasting `minutes`. */
    readonly pause?: { readonly atMinute: number; readonly minutes: number } | undefined;
    /** The clerk signs out when next free after this minute and does not come back. */
    readonly leavesAtMinute?: number | undefined;
    /** The clerk signs in this many minutes after opening (0 or left out: at opening). */
    readonly joinsAtMinute?: number | undefined;
  }[];
  readonly noShowRate: number;
  /** A missing visitor is recalled once after this many minutes… */
  readonly recallAfterMinutes: number;
  /** …and marked a no-show this many minutes after the first call. */
  readonly noShowAfterMinutes: number;
}

const ALL = ['ausweis', 'melde', 'fuehrerschein', 'gewerbe', 'sonstiges'];

/** Thursday 2026-11-26, 08:00 in Berlin (07:00 UTC). */
export const THURSDAY_OPENING = Date.UTC(2026, 10, 26, 7, 0, 0);

/**
 * The walk-in Thursday: doors 08:00–12:00, a crowd at the door at opening and a peak around 09:30
 * (about 150 visitors in all), four places of which two serve everything, and one break.
 */
export const THURSDAY: Scenario = {
  setup: {
    timeZone: 'Europe/Berlin',
    errands: [
      { id: 'ausweis', letter: 'A', name: { de: 'Personalausweis / Reisepass' } },
      { id: 'melde', letter: 'M', name: { de: 'Meldeangelegenheiten' } },
      { id: 'fuehrerschein', letter: 'F', name: { de: 'Führerschein' } },
      { id: 'gewerbe', letter: 'G', name: { de: 'Gewerbe' } },
      { id: 'sonstiges', letter: 'S', name: { de: 'Sonstiges' } },
    ],
    places: [
      { id: 'platz-1', name: 'Platz 1' },
      { id: 'platz-2', name: 'Platz 2' },
      { id: 'platz-3', name: 'Platz 3' },
      { id: 'platz-4', name: 'Platz 4' },
    ],
  },
  opensAt: THURSDAY_OPENING,
  drawMinutes: 240,
  lastCallMinutes: 480,
  arrivalProfile: [
    [0, 30],
    [90, 55],
    [240, 15],
  ],
  errandMix: { ausweis: 0.4, melde: 0.25, fuehrerschein: 0.1, gewerbe: 0.1, sonstiges: 0.15 },
  serviceMinutes: { ausweis: 8, melde: 6, fuehrerschein: 12, gewerbe: 15, sonstiges: 5 },
  serviceCv: 0.5,
  dayToDaySpread: 0.1,
  places: [
    { id: 'platz-1', errandIds: ALL, pace: 1 },
    { id: 'platz-2', errandIds: ALL, pace: 1, pause: { atMinute: 120, minutes: 15 } },
    { id: 'platz-3', errandIds: ['ausweis', 'melde'], pace: 1.1 },
    { id: 'platz-4', errandIds: ['fuehrerschein', 'gewerbe', 'sonstiges'], pace: 0.9 },
  ],
  noShowRate: 0.05,
  recallAfterMinutes: 1,
  noShowAfterMinutes: 2,
};

/**
 * The open Thursday: numbers from 08:00 to 16:00 (about 260 visitors), clerks serve until the last
 * one, and the staffing changes during the day: two 30-minute breaks around noon, and Platz 3 leaves
 * at 14:00. What the office asked the estimate to survive: "the wait with 4 → 3 places, and a break".
 */
export const OPEN_THURSDAY: Scenario = {
  ...THURSDAY,
  setup: {
    ...THURSDAY.setup,
    hours: { thu: { from: '08:00', until: '16:00' } },
    closingGraceMinutes: 60,
  },
  drawMinutes: 480,
  // Nobody is sent home: the clerks stay until the queue is empty.
  lastCallMinutes: 900,
  arrivalProfile: [
    [0, 32],
    [90, 45],
    [240, 30],
    [360, 30],
    [480, 20],
  ],
  places: [
    { id: 'platz-1', errandIds: ALL, pace: 1, pause: { atMinute: 240, minutes: 30 } },
    { id: 'platz-2', errandIds: ALL, pace: 1, pause: { atMinute: 270, minutes: 30 } },
    { id: 'platz-3', errandIds: ['ausweis', 'melde'], pace: 1.1, leavesAtMinute: 360 },
    { id: 'platz-4', errandIds: ['fuehrerschein', 'gewerbe', 'sonstiges'], pace: 0.9 },
  ],
};
