import { describe, expect, it } from 'vitest';
import { defaultWaitLimits, errandQueues, serviceLevel } from './queue.ts';
import { office, THURSDAY_9AM } from './test-support.ts';

const MINUTE = 60_000;

describe('service level lights', () => {
  it('turn amber after 30 and red after 60 minutes of the longest wait, and name that ticket', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    o.advance(10 * MINUTE);
    o.draw('ausweis');
    const [ausweis, melde] = errandQueues(o.state, ['ausweis', 'melde']);
    if (!ausweis || !melde) throw new Error('no queues');
    expect(ausweis.oldest?.id).toBe(a1.id);
    const at = (minutes: number) => serviceLevel(ausweis, defaultWaitLimits, THURSDAY_9AM + minutes * MINUTE);
    expect([at(30), at(31), at(60), at(61)]).toEqual(['green', 'amber', 'amber', 'red']);
    // Nobody waiting is green, however late.
    expect(serviceLevel(melde, defaultWaitLimits, THURSDAY_9AM + 600 * MINUTE)).toBe('green');
    // An errand's own limits.
    expect(serviceLevel(ausweis, { amberMinutes: 5, redMinutes: 15 }, THURSDAY_9AM + 16 * MINUTE)).toBe(
      'red',
    );
  });
});
