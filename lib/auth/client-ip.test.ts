import { expect, test } from 'vitest';
import { trustedClientIp } from './client-ip';

test.each([
  ['203.0.113.9', 0, '203.0.113.9'], // no proxy: proxy.ts dropped the client's header, Next.js set the socket address
  ['::ffff:127.0.0.1', 0, '127.0.0.1'],
  ['203.0.113.9', 1, '203.0.113.9'],
  ['1.2.3.4, 203.0.113.9', 1, '203.0.113.9'], // the client forged 1.2.3.4; our proxy appended the real one
  ['1.2.3.4, 203.0.113.9, 10.0.0.2', 2, '203.0.113.9'],
  ['203.0.113.9', 2, null],
  [undefined, 1, null],
  [undefined, 0, null],
  [['a'], 1, null],
])('%j with %i trusted hops -> %j', (header, hops, expected) => {
  expect(trustedClientIp(header, hops)).toBe(expected);
});
