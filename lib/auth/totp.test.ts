import { Secret, TOTP } from 'otpauth';
import { describe, expect, test } from 'vitest';
import { checkTotpCode, createTotpSecret, totpCode, totpStep, totpUri } from './totp';

describe('RFC 6238 appendix B test vectors (SHA-1, 8 digits) through the same library', () => {
  const secret = Secret.fromUTF8('12345678901234567890');
  test.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('T = %i s -> %s', (seconds, expected) => {
    expect(new TOTP({ secret, digits: 8, period: 30, algorithm: 'SHA1' }).generate({ timestamp: seconds * 1000 })).toBe(expected);
  });
});

describe('checkTotpCode', () => {
  const secret = createTotpSecret();
  const now = new Date('2026-12-01T10:00:10Z');

  test('the current code is accepted and names its step', () => {
    expect(checkTotpCode({ secret, code: totpCode({ secret, now }), now, lastUsedStep: null })).toEqual({ ok: true, step: totpStep(now) });
  });

  test('a code from the neighbouring step is accepted (clock drift), one from 90 seconds away is not', () => {
    for (const offset of [-30, 30]) {
      expect(checkTotpCode({ secret, code: totpCode({ secret, now: new Date(now.getTime() + offset * 1000) }), now, lastUsedStep: null }).ok).toBe(true);
    }
    for (const offset of [-90, -60, 60, 90, 3600]) {
      expect(checkTotpCode({ secret, code: totpCode({ secret, now: new Date(now.getTime() + offset * 1000) }), now, lastUsedStep: null })).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  test('a code already used (or older than the last one used) is refused as replayed', () => {
    const code = totpCode({ secret, now });
    const first = checkTotpCode({ secret, code, now, lastUsedStep: null });
    expect(first.ok).toBe(true);
    const step = first.ok ? first.step : 0;
    expect(checkTotpCode({ secret, code, now, lastUsedStep: step })).toEqual({ ok: false, reason: 'replayed' });
    const previous = totpCode({ secret, now: new Date(now.getTime() - 30_000) });
    expect(checkTotpCode({ secret, code: previous, now, lastUsedStep: step })).toEqual({ ok: false, reason: 'replayed' });
    const next = new Date(now.getTime() + 30_000);
    expect(checkTotpCode({ secret, code: totpCode({ secret, now: next }), now: next, lastUsedStep: step }).ok).toBe(true);
  });

  test.each(['', '12345', '1234567', 'abcdef', '12 34 5x'])('malformed %j is invalid', (code) => {
    expect(checkTotpCode({ secret, code, now, lastUsedStep: null })).toEqual({ ok: false, reason: 'invalid' });
  });

  test('another secret’s code is invalid; spaces inside a code are ignored', () => {
    const other = createTotpSecret();
    expect(checkTotpCode({ secret, code: totpCode({ secret: other, now }), now, lastUsedStep: null }).ok).toBe(false);
    const code = totpCode({ secret, now });
    expect(checkTotpCode({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, now, lastUsedStep: null }).ok).toBe(true);
  });
});

test('secrets are 160-bit base32 and the URI names issuer and account', () => {
  const secret = createTotpSecret();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const uri = totpUri({ secret, accountName: 'uwe.lorenz@rheinmark.example' });
  expect(uri).toMatch(/^otpauth:\/\/totp\/Signet:uwe\.lorenz%40rheinmark\.example\?/);
  expect(new URL(uri).searchParams.get('secret')).toBe(secret);
  expect(new URL(uri).searchParams.get('issuer')).toBe('Signet');
});
