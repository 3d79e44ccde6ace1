/** A small seeded PRNG (mulberry32): the same seed gives the same hostile input every run. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

export type Random = ReturnType<typeof seeded>;

const strings = [
  '',
  'A',
  'ausweis',
  'platz-1',
  '../../etc/passwd',
  '<script>x</script>',
  'ä ö ü ß €',
  '\u0000',
  '🙂',
  "'; DROP TABLE tickets;--",
];

/** Any JSON-ish value a broken or hostile client might send, nested a few levels deep. */
export function junk(random: Random, depth = 0): unknown {
  switch (random.int(depth > 3 ? 6 : 9)) {
    case 0:
      return null;
    case 1:
      return random.next() < 0.5;
    case 2:
      return random.pick([0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, 42]);
    case 3:
      return random.pick(strings);
    case 4:
      return 'x'.repeat(random.int(2000));
    case 5:
      return Buffer.from([random.int(256), random.int(256), random.int(256)]);
    case 6:
      return Array.from({ length: random.int(5) }, () => junk(random, depth + 1));
    default: {
      // Objects that look almost right: the real field names with wrong values, plus strangers.
      const keys = [
        'requestId',
        'errandId',
        'placeId',
        'ticketId',
        'paused',
        'errandIds',
        'toErrandId',
        'state',
        'canPrint',
        '__proto__',
        'constructor',
        'extra',
      ];
      const object: Record<string, unknown> = {};
      for (let i = random.int(5); i > 0; i--) {
        // defineProperty: "__proto__" becomes a real key on the wire, as a hostile client would send it.
        Object.defineProperty(object, random.pick(keys), {
          value: junk(random, depth + 1),
          enumerable: true,
          configurable: true,
        });
      }
      return object;
    }
  }
}
