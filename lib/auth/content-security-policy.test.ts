import { expect, test } from 'vitest';
import { contentSecurityPolicy, createNonce } from './content-security-policy';

test('scripts need the nonce; no unsafe-inline for scripts; base-uri none; no framing', () => {
  const csp = contentSecurityPolicy({ nonce: 'abc123', isDev: false });
  const script = csp.split('; ').find((d) => d.startsWith('script-src '))!;
  expect(script).toContain("'nonce-abc123'");
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
});

test('nonces are fresh 128-bit values', () => {
  const nonces = new Set(Array.from({ length: 100 }, createNonce));
  expect(nonces.size).toBe(100);
  for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
});
