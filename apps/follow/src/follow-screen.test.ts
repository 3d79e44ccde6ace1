import type { Ticket } from '@aufruf/core';
import type { FollowView } from '@aufruf/protocol';
import { describe, expect, it } from 'vitest';
import { alertFor, screenOf } from './follow-screen.ts';

const ticket: Ticket = {
  id: 't-1',
  day: '2026-11-26',
  letter: 'A',
  number: 17,
  errandId: 'ausweis',
  status: 'waiting',
  drawnAt: 1,
  queuedAt: 1,
  placeId: null,
  targetPlaceId: null,
  firstCalledAt: null,
  calledAt: null,
  finishedAt: null,
  calls: 0,
};

function view(changes: Partial<Ticket> = {}, rest: Partial<FollowView> = {}): FollowView {
  return {
    officeName: 'Bürgerbüro',
    ticket: { ...ticket, ...changes },
    errandName: { de: 'Personalausweis' },
    ahead: 5,
    placeName: null,
    returnNow: false,
    estimate: null,
    serverTime: 2,
    ...rest,
  };
}

const called = (calls: number) =>
  view({ status: 'called', calls, placeId: 'platz-2' }, { placeName: 'Platz 2' });

describe('which screen the follow page shows', () => {
  it('shows each state of a ticket as its own screen', () => {
    expect(screenOf({ status: 'online', view: view() })).toBe('waiting');
    expect(screenOf({ status: 'online', view: view({}, { returnNow: true }) })).toBe('come-back');
    expect(screenOf({ status: 'online', view: called(1) })).toBe('called');
    expect(screenOf({ status: 'online', view: view({ status: 'served' }) })).toBe('served');
    expect(screenOf({ status: 'online', view: view({ status: 'no-show' }) })).toBe('no-show');
    expect(screenOf({ status: 'online', view: view({ status: 'expired' }) })).toBe('expired');
  });

  it('keeps the last known state while offline, and says when there is nothing (more) to follow', () => {
    expect(screenOf({ status: 'offline', view: called(1) })).toBe('called');
    expect(screenOf({ status: 'offline', view: null })).toBe('connecting');
    expect(screenOf({ status: 'connecting', view: null })).toBe('connecting');
    expect(screenOf({ status: 'unknown', view: view() })).toBe('not-current');
  });
});

describe('when the phone rings and vibrates', () => {
  it('alerts on a call, also when the page opens on one', () => {
    expect(alertFor(view(), called(1))).toBe('call');
    expect(alertFor(null, called(1))).toBe('call');
  });

  it('alerts again on a recall, but not for the same call seen twice (a resync after a reconnect)', () => {
    expect(alertFor(called(1), called(2))).toBe('call');
    expect(alertFor(called(2), called(2))).toBeNull();
  });

  it('alerts once when the ticket comes close enough to return, not when the page opens that close', () => {
    const close = view({}, { returnNow: true, ahead: 2 });
    expect(alertFor(view(), close)).toBe('come-back');
    expect(alertFor(close, view({}, { returnNow: true, ahead: 1 }))).toBeNull();
    expect(alertFor(null, close)).toBeNull();
    // Put back after a call: already told, no second "come back".
    expect(alertFor(called(1), close)).toBeNull();
  });

  it('stays quiet while waiting and once the ticket is finished', () => {
    expect(alertFor(view(), view({}, { ahead: 4 }))).toBeNull();
    expect(alertFor(called(1), view({ status: 'served', calls: 1 }))).toBeNull();
  });
});
