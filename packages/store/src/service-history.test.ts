import { describe, expect, it } from 'vitest';
import { play, useTempDir } from './test-support.ts';

describe('service history', () => {
  const temp = useTempDir();

  it('gives the mean service time per errand over the given past days only', () => {
    const store = temp.openStore();
    // play() runs one command a minute on 2025-03-10: called at +2, finished at +3 and at +5.
    play(store, [
      { type: 'draw', errandId: 'passport' },
      { type: 'draw', errandId: 'passport' },
      { type: 'call-next', placeId: 'counter-1' },
      { type: 'complete', placeId: 'counter-1' },
      { type: 'call-next', placeId: 'counter-1' },
      { type: 'configure-place', placeId: 'counter-2', errandIds: ['passport'] },
      { type: 'complete', placeId: 'counter-1' },
    ]);
    const history = store.serviceHistory('2025-03-01', '2025-03-11');
    expect(Object.keys(history)).toEqual(['passport']);
    expect(history.passport).toMatchObject({ meanMinutes: 1.5, samples: 2 });
    expect(history.passport?.cv).toBeCloseTo(0.5 / 1.5, 5);
    // The day itself is excluded when it is the end of the range (today is not history).
    expect(store.serviceHistory('2025-03-01', '2025-03-10')).toEqual({});
  });
});
