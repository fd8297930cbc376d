import { expect, test } from 'vitest';
import { safeCallbackUrl } from './safe-callback-url';

test.each([
  ['/clients/cc_1', '/clients/cc_1'],
  ['/assessments?x=1#top', '/assessments?x=1#top'],
  ['https://evil.example/', '/dashboard'],
  ['//evil.example/', '/dashboard'],
  ['/\\evil.example', '/dashboard'],
  ['/\t/evil.example', '/dashboard'],
  ['/\n/evil.example', '/dashboard'],
  [decodeURIComponent('/%09/evil.example'), '/dashboard'],
  ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ['/login', '/dashboard'],
  ['/login?callbackUrl=/x', '/dashboard'],
  ['/api/auth/signout', '/dashboard'],
  ['/../../etc', '/etc'],
  [undefined, '/dashboard'],
  [['/a'], '/dashboard'],
])('%j -> %s', (input, expected) => {
  expect(safeCallbackUrl(input)).toBe(expected);
});
