// Time-based one-time passwords (RFC 6238) through the otpauth library: SHA-1, 6 digits, 30-second
// steps, the usual authenticator-app defaults. Pure: the clock is a parameter, so expiry and
// replay are tested without waiting.
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** One step either side: a phone clock 30 seconds off still works, a code from 90 seconds ago does not. */
export const TOTP_WINDOW = 1;
const ISSUER = 'Signet';

function totpFor(secret: string, accountName = ''): TOTP {
  return new TOTP({ issuer: ISSUER, label: accountName, algorithm: 'SHA1', digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** A new shared secret: 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(options: { secret: string; accountName: string }): string {
  return totpFor(options.secret, options.accountName).toString();
}

/** The time step a moment falls into. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code an authenticator shows at `now` (demo:code, the tests, the e2e personas). */
export function totpCode(options: { secret: string; now: Date }): string {
  return totpFor(options.secret).generate({ timestamp: options.now.getTime() });
}

export type TTotpCheck = { ok: true; step: number } | { ok: false; reason: 'invalid' | 'replayed' };

/**
 * Checks a code at `now`. A code is accepted at most once: its step must be newer than the last
 * step accepted for this user (`lastUsedStep`), so a code seen over someone's shoulder — or the
 * same code sent twice — is refused, and so is any older one.
 */
export function checkTotpCode(options: { secret: string; code: string; now: Date; lastUsedStep: number | null }): TTotpCheck {
  const code = options.code.replace(/\s+/g, '');
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) return { ok: false, reason: 'invalid' };
  const delta = totpFor(options.secret).validate({ token: code, timestamp: options.now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return { ok: false, reason: 'invalid' };
  const step = totpStep(options.now) + delta;
  if (options.lastUsedStep !== null && step <= options.lastUsedStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step };
}
