import { afterAll, describe, expect, test } from 'vitest';
import { DEMO_TOTP_SECRETS, USERS } from '../../prisma/seed/demo-world';
import { createPrismaClient } from '../db/create-client';
import { hashPassword } from './password';
import { confirmTotpEnrolment, hasSecondFactor, replaceRecoveryCodes, startTotpEnrolment, verifySecondFactor } from './second-factor';
import { totpCode } from './totp';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
afterAll(() => db.$disconnect());

async function freshUser(): Promise<{ id: string; email: string }> {
  const email = `tfa-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@x.example`;
  return db.user.create({ data: { email, name: 'Two Factor', role: 'BROKER', organizationId: 'org_nordlicht', passwordHash: await hashPassword('Kaffeetasse Fahrrad Wolke') }, select: { id: true, email: true } });
}

describe('TOTP enrolment and sign-in', () => {
  test('enrolment shows a QR code; only the current code confirms it; then codes are single-use', async () => {
    const user = await freshUser();
    const enrolment = await startTotpEnrolment({ db, userId: user.id, email: user.email });
    expect(enrolment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    expect(await hasSecondFactor({ db, userId: user.id })).toBe(false);

    const now = new Date();
    // A code from two minutes ago (a time-shifted code) does not confirm it.
    expect(await confirmTotpEnrolment({ db, userId: user.id, code: totpCode({ secret: enrolment.secret, now: new Date(now.getTime() - 120_000) }), now })).toBe(false);
    expect(await confirmTotpEnrolment({ db, userId: user.id, code: totpCode({ secret: enrolment.secret, now }), now })).toBe(true);
    expect(await hasSecondFactor({ db, userId: user.id })).toBe(true);

    // The code used to confirm cannot be used again to sign in; the next step's code can, once.
    expect(await verifySecondFactor({ db, userId: user.id, code: totpCode({ secret: enrolment.secret, now }), now })).toEqual({ ok: false, reason: 'replayed' });
    const later = new Date(now.getTime() + 30_000);
    const next = totpCode({ secret: enrolment.secret, now: later });
    expect(await verifySecondFactor({ db, userId: user.id, code: next, now: later })).toEqual({ ok: true, method: 'totp' });
    expect(await verifySecondFactor({ db, userId: user.id, code: next, now: later })).toEqual({ ok: false, reason: 'replayed' });
    // Time-shifted codes are refused: 90 seconds either way.
    for (const shift of [-90_000, 90_000]) {
      const at = new Date(later.getTime() + 60_000);
      expect(await verifySecondFactor({ db, userId: user.id, code: totpCode({ secret: enrolment.secret, now: new Date(at.getTime() + shift) }), now: at })).toMatchObject({ ok: false });
    }
  });

  test('two requests racing with the same code: exactly one wins', async () => {
    const secret = DEMO_TOTP_SECRETS.ute!;
    const now = new Date(Date.now() + 10 * 60_000); // a step nobody used yet
    const code = totpCode({ secret, now });
    const results = await Promise.all(Array.from({ length: 5 }, () => verifySecondFactor({ db, userId: USERS.ute.id, code, now })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  test('recovery codes work once each, in any case and spacing; a user without an authenticator has none', async () => {
    const user = await freshUser();
    const enrolment = await startTotpEnrolment({ db, userId: user.id, email: user.email });
    expect(await verifySecondFactor({ db, userId: user.id, code: 'ABCDE-FGHJK' })).toEqual({ ok: false, reason: 'not_enrolled' });
    const now = new Date();
    await confirmTotpEnrolment({ db, userId: user.id, code: totpCode({ secret: enrolment.secret, now }), now });
    const codes = await replaceRecoveryCodes({ db, userId: user.id });
    expect(codes).toHaveLength(10);
    expect(await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } })).not.toContainEqual({ codeHash: codes[0] });
    const [first, second] = codes as [string, string];
    expect(await verifySecondFactor({ db, userId: user.id, code: first.toLowerCase().replace('-', ' ') })).toEqual({ ok: true, method: 'recovery_code' });
    expect(await verifySecondFactor({ db, userId: user.id, code: first })).toEqual({ ok: false, reason: 'invalid' });
    // New codes replace the old ones.
    await replaceRecoveryCodes({ db, userId: user.id });
    expect(await verifySecondFactor({ db, userId: user.id, code: second })).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('authenticator secrets at rest', () => {
  test('the database holds the secret sealed, never as it is; the seeded demo secrets are sealed too', async () => {
    const user = await freshUser();
    const enrolment = await startTotpEnrolment({ db, userId: user.id, email: user.email });
    const stored = (await db.totpCredential.findUniqueOrThrow({ where: { userId: user.id } })).secret;
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(enrolment.secret);
    expect(await confirmTotpEnrolment({ db, userId: user.id, code: totpCode({ secret: enrolment.secret, now: new Date() }) })).toBe(true);
    const seeded = (await db.totpCredential.findUniqueOrThrow({ where: { userId: USERS.uwe.id } })).secret;
    expect(seeded).toMatch(/^v1\./);
    expect(seeded).not.toContain(DEMO_TOTP_SECRETS.uwe);
  });

  test('a secret stored before sealing existed still signs in once, and is sealed by that sign-in', async () => {
    const user = await freshUser();
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await db.totpCredential.create({ data: { userId: user.id, secret, confirmedAt: new Date() } });
    expect(await verifySecondFactor({ db, userId: user.id, code: totpCode({ secret, now: new Date() }) })).toEqual({ ok: true, method: 'totp' });
    const stored = (await db.totpCredential.findUniqueOrThrow({ where: { userId: user.id } })).secret;
    expect(stored).toMatch(/^v1\./);
    // And it keeps working sealed: the next step's code is accepted.
    const later = new Date(Date.now() + 30_000);
    expect(await verifySecondFactor({ db, userId: user.id, code: totpCode({ secret, now: later }), now: later })).toEqual({ ok: true, method: 'totp' });
  });
});
