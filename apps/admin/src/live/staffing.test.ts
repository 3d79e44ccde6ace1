import { describe, expect, it } from 'vitest';
import { staffing } from './staffing.ts';

describe('whether a place is staffed', () => {
  it('is staffed when a counter works there, not staffed when no counter is connected at all', () => {
    expect(staffing(['platz-1'], 'platz-1')).toBe('staffed');
    expect(staffing(['platz-1'], 'platz-2')).toBe('unstaffed');
    expect(staffing([], 'platz-2')).toBe('unstaffed');
  });

  it('does not claim "not staffed" while a counter has not said where it works', () => {
    expect(staffing(['platz-1', null], 'platz-2')).toBe('unknown');
    expect(staffing(['platz-1', null], 'platz-1')).toBe('staffed');
    expect(staffing(null, 'platz-1')).toBe('unknown');
  });
});
