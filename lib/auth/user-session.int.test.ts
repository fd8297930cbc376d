// Browser sessions end by themselves (absolute lifetime, idle timeout), by sign-out, and when the
// user's session version moves (password change, deactivation, an admin) — and a copied token dies
// with them, because the token only names the row. Clock injected: nothing waits.
import { afterAll, describe, expect, test } from 'vitest';
import { USERS } from '../../prisma/seed/demo-world';
import { createPrismaClient } from '../db/create-client';
import type { TSessionClaims } from './session-token';
import { createUserSession, resolveBrowserSession, signOutSession } from './user-session';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
afterAll(() => db.$disconnect());

const LIFETIMES = { maxAgeMs: 12 * 3_600_000, idleMs: 30 * 60_000 };
const MINUTE = 60_000;
const context = { ip: '203.0.113.7', userAgent: 'vitest', requestId: 'req-1' };

async function signIn(userId: string, at: Date, authMethod: 'PASSWORD' | 'PASSWORD_TOTP' = 'PASSWORD'): Promise<TSessionClaims> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const session = await createUserSession({ db, userId, authMethod, lifetimes: LIFETIMES, now: at, context });
  return { sub: userId, sid: session.id, stage: 'full', sv: user.sessionVersion };
}
const resolve = (claims: TSessionClaims | null, now: Date) => resolveBrowserSession({ db, claims, lifetimes: LIFETIMES, now, context });
const endReason = async (claims: TSessionClaims) => (await db.userSession.findUniqueOrThrow({ where: { id: claims.sid! } })).endReason;

describe('a browser session', () => {
  test('records how and when it was authenticated', async () => {
    const t0 = new Date();
    const claims = await signIn(USERS.anna.id, t0);
    const user = await resolve(claims, t0);
    expect(user?.session).toMatchObject({ id: claims.sid, authMethod: 'PASSWORD', authenticatedAt: t0, lastAuthenticatedAt: t0 });
  });

  test('ends after the idle timeout; requests within it keep it alive', async () => {
    const t0 = new Date();
    const claims = await signIn(USERS.anna.id, t0);
    expect(await resolve(claims, new Date(t0.getTime() + 29 * MINUTE))).not.toBeNull();
    expect(await resolve(claims, new Date(t0.getTime() + 58 * MINUTE))).not.toBeNull(); // 29 min after the last request
    expect(await resolve(claims, new Date(t0.getTime() + 89 * MINUTE))).toBeNull(); // 31 min idle
    expect(await endReason(claims)).toBe('idle');
    // Once ended, it stays ended, also for a request "in time".
    expect(await resolve(claims, new Date(t0.getTime() + 59 * MINUTE))).toBeNull();
    expect(await db.securityEvent.count({ where: { type: 'session.ended', data: { path: ['sessionId'], equals: claims.sid } } })).toBe(1);
  });

  test('ends at the absolute lifetime however busy it is', async () => {
    const t0 = new Date();
    const claims = await signIn(USERS.anna.id, t0);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) expect(await resolve(claims, new Date(t0.getTime() + minutes * MINUTE))).not.toBeNull();
    expect(await resolve(claims, new Date(t0.getTime() + 12 * 60 * MINUTE))).toBeNull();
    expect(await endReason(claims)).toBe('expired');
  });

  test('a copied token is refused after sign-out; other sessions of the user go on', async () => {
    const t0 = new Date();
    const laptop = await signIn(USERS.ben.id, t0);
    const phone = await signIn(USERS.ben.id, t0);
    const copy = { ...laptop };
    await signOutSession({ db, claims: laptop, context, now: t0 });
    expect(await resolve(copy, t0)).toBeNull();
    expect(await resolve(phone, t0)).not.toBeNull();
    expect(await db.securityEvent.count({ where: { type: 'auth.sign_out', userId: USERS.ben.id, data: { path: ['sessionId'], equals: laptop.sid } } })).toBe(1);
  });

  test('a token is refused once the session version moved (password change, admin), and after deactivation', async () => {
    const t0 = new Date();
    const claims = await signIn(USERS.clara.id, t0);
    await db.user.update({ where: { id: USERS.clara.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await resolve(claims, t0)).toBeNull();
    expect(await endReason(claims)).toBe('version');

    const again = await signIn(USERS.clara.id, t0);
    await db.user.update({ where: { id: USERS.clara.id }, data: { deactivatedAt: t0 } });
    expect(await resolve(again, t0)).toBeNull();
    expect(await endReason(again)).toBe('deactivated');
    await db.user.update({ where: { id: USERS.clara.id }, data: { deactivatedAt: null } });
  });

  test('half-way tokens, tokens for another user and unknown ids are no session', async () => {
    const t0 = new Date();
    const claims = await signIn(USERS.anna.id, t0);
    expect(await resolve({ ...claims, stage: 'second_factor' }, t0)).toBeNull();
    expect(await resolve({ ...claims, sub: USERS.ben.id }, t0)).toBeNull();
    expect(await resolve({ ...claims, sid: 'does-not-exist' }, t0)).toBeNull();
    expect(await resolve(null, t0)).toBeNull();
  });

  test('a role that needs the second factor never runs on a password-only session', async () => {
    const t0 = new Date();
    expect(await resolve(await signIn(USERS.uwe.id, t0, 'PASSWORD'), t0)).toBeNull();
    expect(await resolve(await signIn(USERS.uwe.id, t0, 'PASSWORD_TOTP'), t0)).not.toBeNull();
  });
});
