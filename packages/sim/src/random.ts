// Seeded randomness: a simulated Thursday must replay bit for bit from its seed, so nothing here
// touches Math.random.

/** A source of uniform numbers in [0, 1) and the distributions the simulator draws from. */
export interface Random {
  next(): number;
  /** Exponential with this mean. */
  exponential(mean: number): number;
  /** Standard normal. */
  normal(): number;
  /** Log-normal with this mean and coefficient of variation (sd / mean). */
  logNormal(mean: number, cv: number): number;
  /** An index drawn with probability proportional to the weights. */
  pick(weights: readonly number[]): number;
}

// SplitMix32 spreads a small seed (1, 2, 3, …) over all 32 bits, so neighbouring seeds are unrelated.
function splitMix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A seeded generator (sfc32, a small fast counter generator that passes PractRand). `stream` gives
 * independent sequences from one seed: arrivals stay the same when service times draw more numbers.
 */
export function seededRandom(seed: number, stream = 0): Random {
  const init = splitMix32(seed ^ Math.imul(stream + 1, 0x27d4eb2f));
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();

  const normal = (): number => {
    // Box–Muller; 1 - u keeps the logarithm away from zero.
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    exponential: (mean) => -mean * Math.log(1 - next()),
    normal,
    logNormal: (mean, cv) => {
      const sigma2 = Math.log(1 + cv * cv);
      return Math.exp(Math.log(mean) - sigma2 / 2 + Math.sqrt(sigma2) * normal());
    },
    pick: (weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i] ?? 0;
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
  };
}
