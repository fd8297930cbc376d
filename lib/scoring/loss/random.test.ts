import { describe, expect, test } from 'vitest';

import { createRandomSource, mixBits, seedFromString } from './random';

describe('seedFromString', () => {
  // Published FNV-1a 32-bit vectors plus values computed independently (Python, UTF-8 bytes).
  test.each([
    ['', 2166136261],
    ['a', 3826002220],
    ['foobar', 3214735720],
    ['idp-token-forgery', 743654699],
    ['Zürich GmbH', 2698217298],
    ['🔑', 2895693607],
  ])('hashes %j to %d', (text, expected) => {
    expect(seedFromString(text)).toBe(expected);
  });

  test('returns a uint32', () => {
    for (const text of ['x', 'answers:{"mfa":"none"}', 'a'.repeat(1000)]) {
      const seed = seedFromString(text);
      expect(Number.isInteger(seed)).toBe(true);
      expect(seed).toBeGreaterThanOrEqual(0);
      expect(seed).toBeLessThanOrEqual(0xffffffff);
    }
  });
});

describe('mixBits', () => {
  test('is a bijection on a sample (no collisions) and changes about half the bits per input bit', () => {
    const seen = new Set<number>();
    let flippedBits = 0;
    for (let i = 0; i < 10_000; i++) {
      seen.add(mixBits(i));
      const diff = (mixBits(i) ^ mixBits(i ^ 1)) >>> 0;
      flippedBits += diff.toString(2).split('1').length - 1;
    }
    expect(seen.size).toBe(10_000);
    expect(flippedBits / 10_000).toBeGreaterThan(14);
    expect(flippedBits / 10_000).toBeLessThan(18);
  });
});

describe('createRandomSource', () => {
  function take(count: number, next: () => number): number[] {
    return Array.from({ length: count }, next);
  }

  test('same seed gives the same sequence; a different seed a different one', () => {
    const a = createRandomSource(42);
    const b = createRandomSource(42);
    const c = createRandomSource(43);
    const first = take(8, a.nextUint32);
    expect(take(8, b.nextUint32)).toEqual(first);
    expect(take(8, c.nextUint32)).not.toEqual(first);
  });

  test('reseed depends only on its keys, not on earlier draws or a pending spare normal', () => {
    const a = createRandomSource(1);
    const b = createRandomSource(2);
    take(17, b.nextUniform);
    b.nextStandardNormal(); // leaves a spare normal behind
    a.reseed(11, 22, 7);
    b.reseed(11, 22, 7);
    expect(take(5, b.nextStandardNormal)).toEqual(take(5, a.nextStandardNormal));
    a.reseed(11, 22, 8);
    b.reseed(11, 22, 7);
    expect(take(4, a.nextUint32)).not.toEqual(take(4, b.nextUint32));
  });

  test('uniforms lie strictly inside (0, 1) with mean 1/2 and variance 1/12', () => {
    const random = createRandomSource(2024);
    const n = 200_000;
    let sum = 0;
    let sumSquares = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = random.nextUniform();
      sum += u;
      sumSquares += u * u;
      if (u < min) min = u;
      if (u > max) max = u;
    }
    const mean = sum / n;
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sumSquares / n - mean * mean).toBeCloseTo(1 / 12, 3);
  });

  test('standard normals have mean 0, variance 1 and ~95% inside ±1.96', () => {
    const random = createRandomSource(7);
    const n = 200_000;
    let sum = 0;
    let sumSquares = 0;
    let inside = 0;
    for (let i = 0; i < n; i++) {
      const z = random.nextStandardNormal();
      sum += z;
      sumSquares += z * z;
      if (Math.abs(z) < 1.959964) inside++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(sumSquares / n).toBeCloseTo(1, 1);
    expect(Math.abs(inside / n - 0.95)).toBeLessThan(0.003);
  });

  test('consecutive streams of one scenario are uncorrelated', () => {
    const random = createRandomSource(0);
    const n = 50_000;
    let product = 0;
    for (let year = 0; year < n; year++) {
      random.reseed(123, 456, year);
      const a = random.nextUniform() - 0.5;
      random.reseed(123, 456, year + 1);
      product += a * (random.nextUniform() - 0.5);
    }
    // Correlation = E[ab] / (1/12); 4 standard errors of 1/sqrt(n) ≈ 0.018.
    expect(Math.abs((product / n) * 12)).toBeLessThan(0.018);
  });
});
