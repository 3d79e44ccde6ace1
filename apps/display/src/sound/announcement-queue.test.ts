import { describe, expect, it } from 'vitest';
import { AnnouncementQueue } from './announcement-queue.ts';

const call = (ticketId: string, at: number, placeId = 'platz-1') => ({ ticketId, at, placeId });

describe('the announcement queue', () => {
  it('hands calls out in the order they came', () => {
    const queue = new AnnouncementQueue(5);
    queue.push(call('a', 1));
    queue.push(call('b', 2));
    expect(queue.take()?.ticketId).toBe('a');
    expect(queue.take()?.ticketId).toBe('b');
    expect(queue.take()).toBeUndefined();
  });

  it('keeps a ticket once: a recall while it waits replaces it in its place', () => {
    const queue = new AnnouncementQueue(5);
    queue.push(call('a', 1, 'platz-1'));
    queue.push(call('b', 2));
    queue.push(call('a', 3, 'platz-2'));
    expect(queue.size).toBe(2);
    expect(queue.take()).toEqual(call('a', 3, 'platz-2'));
  });

  it('never holds more than its limit, dropping the oldest', () => {
    const queue = new AnnouncementQueue(3);
    const dropped = Array.from({ length: 300 }, (_, i) => queue.push(call(`t${i}`, i))).filter(Boolean);
    expect(queue.size).toBe(3);
    expect(dropped).toHaveLength(297);
    expect(dropped[0]?.ticketId).toBe('t0');
    expect([queue.take(), queue.take(), queue.take()].map((c) => c?.ticketId)).toEqual([
      't297',
      't298',
      't299',
    ]);
  });
});
