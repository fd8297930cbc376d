// Regression: /login?callbackUrl=/.//evil.example answered 307 to //evil.example (issue 9): the dot
// segment collapsed into a protocol-relative URL after the check.
import { expect, test } from 'vitest';
import { safeCallbackUrl } from './safe-callback-url';

test.each([
  ['/clients/cc_1', '/clients/cc_1'],
  ['/assessments?x=1#top', '/assessments?x=1#top'],
  ['/%2F%2Fevil.example', '/%2F%2Fevil.example'], // an encoded slash stays inside the path
  ['/../../etc', '/etc'],
  ['/clients/./cc_1', '/clients/cc_1'],
  ['/a/b/../c', '/a/c'],
  ['/.%2f/evil.example', '/.%2f/evil.example'], // %2f is not a separator to the browser either
])('same-site %j -> %s', (input, expected) => {
  expect(safeCallbackUrl(input)).toBe(expected);
});

test.each([
  'https://evil.example/',
  '//evil.example/',
  '///evil.example',
  '/\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/\u007f/evil.example',
  decodeURIComponent('/%09/evil.example'),
  '/.//evil.example',
  '/./\\evil.example',
  '/x/..//evil.example',
  '/x/../..//evil.example',
  '/%2e//evil.example',
  '/%2E//evil.example',
  '/x/%2e%2e//evil.example',
  '/x/.%2e//evil.example',
  '/./%2e//evil.example',
  '/.//evil.example/path?q=1#f',
  'javascript:alert(1)',
  '/login',
  '/login?callbackUrl=/x',
  '/login/',
  '/x/../login',
  '/api/auth/signout',
  '/%2e/api/auth/signout',
  '',
  'relative/path',
])('leaves the site or loops: %j -> /dashboard', (input) => {
  const result = safeCallbackUrl(input);
  expect(result).toBe('/dashboard');
});

test.each([[undefined], [null], [42], [['/a']]])('not a string: %j -> /dashboard', (input) => {
  expect(safeCallbackUrl(input)).toBe('/dashboard');
});

test('whatever it returns, a browser resolves to this origin (fuzzed over dot segments, slashes and encodings)', () => {
  const parts = ['/', '.', '..', '%2e', '%2e%2e', '.%2e', '\\', '%2f', '%5c', 'evil.example', '?', '@'];
  const origin = 'https://signet.example';
  let checked = 0;
  const build = (depth: number, prefix: string) => {
    if (depth === 0) {
      const result = safeCallbackUrl(prefix);
      expect(new URL(result, origin).origin, `${JSON.stringify(prefix)} -> ${result}`).toBe(origin);
      expect(result.startsWith('/') && !/^\/[/\\]/.test(result), `${JSON.stringify(prefix)} -> ${result}`).toBe(true);
      checked++;
      return;
    }
    for (const part of parts) build(depth - 1, prefix + part);
  };
  build(4, '/');
  expect(checked).toBe(parts.length ** 4);
}, 30_000);
