import { expect, test } from 'vitest';
import { safeCallbackUrl } from './safe-callback-url';

test.each([
  ['/clients/cc_1', '/clients/cc_1'],
  ['/assessments?x=1', '/assessments?x=1'],
  ['https://evil.example/', '/dashboard'],
  ['//evil.example/', '/dashboard'],
  ['/\\evil.example', '/dashboard'],
  ['/login', '/dashboard'],
  ['/api/auth/signout', '/dashboard'],
  [undefined, '/dashboard'],
  [['/a'], '/dashboard'],
])('%s -> %s', (input, expected) => {
  expect(safeCallbackUrl(input)).toBe(expected);
});
