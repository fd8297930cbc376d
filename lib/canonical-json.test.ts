import { describe, expect, test } from 'vitest';
import { canonicalJson, sha256Hex } from './canonical-json';

describe('canonicalJson', () => {
  test('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });
  test('equal content in any key order gives one digest; a changed value another', () => {
    const digest = sha256Hex(canonicalJson({ x: 1, y: [1, 2] }));
    expect(sha256Hex(canonicalJson({ y: [1, 2], x: 1 }))).toBe(digest);
    expect(sha256Hex(canonicalJson({ y: [2, 1], x: 1 }))).not.toBe(digest);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });
});
