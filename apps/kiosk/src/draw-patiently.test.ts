import type { Ack } from '@aufruf/protocol';
import { describe, expect, it } from 'vitest';
import { drawPatiently } from './draw-patiently.ts';

const unreachable: Ack<never> = { ok: false, error: { code: 'unreachable', message: '' } };

describe('a draw while the hub is away', () => {
  it('is sent again until the hub answers, and the answer is the one shown', async () => {
    const answers: Ack<string>[] = [unreachable, unreachable, { ok: true, value: 'A 014' }];
    let sent = 0;
    const reply = await drawPatiently(() => Promise.resolve(answers[sent++] ?? unreachable), { pauseMs: 1 });
    expect(reply).toEqual({ ok: true, value: 'A 014' });
    expect(sent).toBe(3);
  });

  it('gives up after its patience, and never retries a refusal', async () => {
    let clock = 0;
    let sent = 0;
    const late = await drawPatiently(
      () => {
        sent++;
        clock += 20_000;
        return Promise.resolve(unreachable);
      },
      { pauseMs: 1, now: () => clock },
    );
    expect(late).toBe(unreachable);
    expect(sent).toBe(3);

    const refused: Ack<never> = { ok: false, error: { code: 'office-closed', message: '' } };
    let tries = 0;
    expect(await drawPatiently(() => (tries++, Promise.resolve(refused)), { pauseMs: 1 })).toBe(refused);
    expect(tries).toBe(1);
  });
});
