// Seeded randomness for the loss model. Nothing here touches Math.random: every draw is a pure
// function of (seed, scenario key, simulated year, stream tag), which is what makes results
// reproducible and lets two runs share common random numbers (see simulate-annual-loss.ts).

const UINT32_RANGE = 4294967296;

/** murmur3 fmix32: a bijective 32-bit avalanche, used to spread structured keys over the state space. */
export function mixBits(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the UTF-8 bytes: stable across runtimes, so a seed derived from answers never drifts. */
export function seedFromString(text: string): number {
  const bytes = new TextEncoder().encode(text);
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export type TRandomSource = {
  /** Re-key the generator; (keyA, keyB) identify the stream, `counter` the position (year, tag). */
  reseed: (keyA: number, keyB: number, counter: number) => void;
  nextUint32: () => number;
  /** Uniform on the open interval (0, 1): never 0, so log() and 1/u are always finite. */
  nextUniform: () => number;
  nextStandardNormal: () => number;
};

/**
 * xoshiro128** (Blackman & Vigna): 128-bit state, period 2^128 - 1, a few integer ops per draw.
 * The state lives in a Uint32Array so V8 never boxes it; the spare polar-method normal is dropped on
 * reseed so a stream's output depends on its key only, not on what ran before.
 */
export function createRandomSource(seed: number): TRandomSource {
  const state = new Uint32Array(4);
  let spareNormal = 0;
  let hasSpareNormal = false;

  function reseed(keyA: number, keyB: number, counter: number): void {
    const position = mixBits((counter >>> 0) ^ 0x9e3779b9);
    const s0 = mixBits((keyA ^ position) >>> 0);
    const s1 = mixBits((keyB + position) >>> 0);
    state[0] = s0;
    state[1] = s1;
    state[2] = mixBits((s0 + keyB + 0x6a09e667) >>> 0);
    state[3] = mixBits((s1 ^ keyA ^ 0xbb67ae85) >>> 0);
    // The all-zero state is the one fixed point of xoshiro; (s0, s1) = (0, 0) is a 2^-64 event.
    if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
    hasSpareNormal = false;
  }

  function nextUint32(): number {
    const s0 = state[0]!;
    const s1 = state[1]!;
    const s2 = state[2]!;
    const s3 = state[3]!;
    const scrambled = Math.imul(s1, 5);
    const result = Math.imul((scrambled << 7) | (scrambled >>> 25), 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    state[1] = s1 ^ n2;
    state[0] = s0 ^ n3;
    state[2] = n2 ^ t;
    state[3] = (n3 << 11) | (n3 >>> 21);
    return result;
  }

  function nextUniform(): number {
    return (nextUint32() + 0.5) / UINT32_RANGE;
  }

  // Marsaglia polar method: no trig calls, and every second call is free.
  function nextStandardNormal(): number {
    if (hasSpareNormal) {
      hasSpareNormal = false;
      return spareNormal;
    }
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * nextUniform() - 1;
      v = 2 * nextUniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    spareNormal = v * factor;
    hasSpareNormal = true;
    return u * factor;
  }

  reseed(seed >>> 0, mixBits((seed ^ 0x5bd1e995) >>> 0), 0);
  return { reseed, nextUint32, nextUniform, nextStandardNormal };
}
