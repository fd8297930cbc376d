import { afterAll, describe, expect, test, vi } from 'vitest';
import { DEMO_PASSWORD, USERS } from '../../prisma/seed/demo-world';
import { createPrismaClient } from '../db/create-client';
import { verifyCredentials } from './credentials';
import { hashPassword } from './password';
import { accountDelaySeconds, checkLoginThrottle, FREE_FAILURES_PER_ACCOUNT as MAX_FAILURES_PER_EMAIL, LOGIN_HISTORY_DAYS, MAX_DELAY_SECONDS, MAX_FAILURES_PER_IP, pruneLoginHistory, unblockAccount } from './throttle';

// Lets a test run something while the password is being verified (the real argon2 check follows).
const duringVerify = vi.hoisted(() => ({ probe: undefined as undefined | (() => Promise<void>) }));
vi.mock('./password', async (importOriginal) => {
  const original = await importOriginal<typeof import('./password')>();
  return {
    ...original,
    verifyPassword: async (hash: string, password: string) => {
      await duringVerify.probe?.();
      return original.verifyPassword(hash, password);
    },
  };
});

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
afterAll(() => db.$disconnect());

let ipCounter = 0;
const freshIp = () => `10.99.${Math.floor(Math.random() * 250)}.${++ipCounter}`;

async function makeUser(): Promise<string> {
  const email = `cred-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@x.example`;
  await db.user.create({ data: { email, name: 'Cred', role: 'BROKER', organizationId: 'org_nordlicht', passwordHash: await hashPassword('correct-horse-battery') } });
  return email;
}

describe('verifyCredentials', () => {
  test('the right password signs in (email is case-insensitive) and records the login', async () => {
    const result = await verifyCredentials({ db, input: { email: USERS.anna.email.toUpperCase(), password: DEMO_PASSWORD }, ip: freshIp() });
    expect(result).toMatchObject({ ok: true, user: { id: USERS.anna.id, role: 'BROKER', organizationId: 'org_nordlicht' } });
    expect((await db.user.findUniqueOrThrow({ where: { id: USERS.anna.id } })).lastLoginAt).not.toBeNull();
  });

  test('a wrong password and an unknown email fail the same way', async () => {
    expect(await verifyCredentials({ db, input: { email: USERS.anna.email, password: 'wrong' }, ip: freshIp() })).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyCredentials({ db, input: { email: 'ghost@nowhere.example', password: 'wrong' }, ip: freshIp() })).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyCredentials({ db, input: { email: 42 }, ip: freshIp() })).toEqual({ ok: false, reason: 'invalid' });
  });

  test(`after ${MAX_FAILURES_PER_EMAIL} failures the account is slowed down (30 s), even with the right password`, async () => {
    const email = await makeUser();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect(await verifyCredentials({ db, input: { email, password: `guess-${i}` }, ip: freshIp() })).toEqual({ ok: false, reason: 'invalid' });
    }
    const blocked = await verifyCredentials({ db, input: { email, password: 'correct-horse-battery' }, ip: freshIp() });
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    const wait = blocked.ok === false && blocked.reason === 'throttled' ? blocked.retryAfterSeconds : 0;
    expect(wait).toBeGreaterThan(20);
    expect(wait).toBeLessThanOrEqual(30);
  });

  test('a run of failures grows the delay (30 s, 60 s, 120 s … at most 15 minutes) instead of locking the owner out', async () => {
    expect([4, 5, 6, 7, 8, 9, 10, 50].map(accountDelaySeconds)).toEqual([0, 30, 60, 120, 240, 480, 900, MAX_DELAY_SECONDS]);
    const email = await makeUser();
    const t0 = Date.now() - 60 * 60_000;
    // Seven failures, a minute apart; the last at t0 + 6 min.
    await db.loginAttempt.createMany({ data: Array.from({ length: 7 }, (_, i) => ({ email, ip: 'x', succeeded: false, createdAt: new Date(t0 + i * 60_000) })) });
    const last = t0 + 6 * 60_000;
    // 7 failures: the next attempt waits 120 s after the last one.
    expect(await checkLoginThrottle({ db, email, ip: null, now: new Date(last + 60_000) })).toEqual({ isBlocked: true, retryAfterSeconds: 60 });
    expect(await checkLoginThrottle({ db, email, ip: null, now: new Date(last + 121_000) })).toEqual({ isBlocked: false, retryAfterSeconds: 0 });
    // An admin's unblock starts the count afresh.
    await db.loginAttempt.createMany({ data: [{ email, ip: 'x', succeeded: false, createdAt: new Date() }] });
    expect((await checkLoginThrottle({ db, email, ip: null })).isBlocked).toBe(true);
    await unblockAccount({ db, email });
    expect(await checkLoginThrottle({ db, email, ip: null })).toEqual({ isBlocked: false, retryAfterSeconds: 0 });
  });

  test('failures before a successful login do not count', async () => {
    const email = await makeUser();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++) await verifyCredentials({ db, input: { email, password: 'nope' }, ip: freshIp() });
    expect(await verifyCredentials({ db, input: { email, password: 'correct-horse-battery' }, ip: freshIp() })).toMatchObject({ ok: true });
    expect(await verifyCredentials({ db, input: { email, password: 'nope' }, ip: freshIp() })).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyCredentials({ db, input: { email, password: 'correct-horse-battery' }, ip: freshIp() })).toMatchObject({ ok: true });
  });

  test(`one address guessing across many accounts is throttled after ${MAX_FAILURES_PER_IP} failures`, async () => {
    const ip = freshIp();
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => ({ email: `spray-${i}@x.example`, ip, succeeded: false })),
    });
    expect(await verifyCredentials({ db, input: { email: USERS.ben.email, password: DEMO_PASSWORD }, ip })).toMatchObject({ ok: false, reason: 'throttled' });
  });

  test('parallel guesses cannot overtake the throttle', async () => {
    const email = await makeUser();
    const results = await Promise.all(
      Array.from({ length: MAX_FAILURES_PER_EMAIL + 4 }, (_, i) => verifyCredentials({ db, input: { email, password: `parallel-${i}` }, ip: freshIp() })),
    );
    expect(await db.loginAttempt.count({ where: { email, succeeded: false } })).toBe(MAX_FAILURES_PER_EMAIL);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(4);
  });

  test('without a trusted address only the per-account limit applies', async () => {
    await db.loginAttempt.createMany({ data: Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => ({ email: `anon-${i}@x.example`, ip: 'unknown', succeeded: false })) });
    expect(await verifyCredentials({ db, input: { email: USERS.clara.email, password: DEMO_PASSWORD }, ip: null })).toMatchObject({ ok: true });
  });

  test('a deactivated account cannot sign in', async () => {
    const email = await makeUser();
    await db.user.update({ where: { email }, data: { deactivatedAt: new Date() } });
    expect(await verifyCredentials({ db, input: { email, password: 'correct-horse-battery' }, ip: freshIp() })).toEqual({ ok: false, reason: 'invalid' });
  });

  test('the password is verified holding no database connection (a login flood cannot starve pages)', async () => {
    // A pool of one: if the login held its connection (e.g. an open transaction) while hashing, this
    // probe query would wait for it and time out.
    const single = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 1 });
    let probed = false;
    duringVerify.probe = async () => {
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('the login held the only connection')), 3_000));
      await Promise.race([single.$queryRaw`SELECT 1`, timeout]);
      probed = true;
    };
    try {
      expect(await verifyCredentials({ db: single, input: { email: USERS.anna.email, password: DEMO_PASSWORD }, ip: freshIp() })).toMatchObject({ ok: true });
      expect(probed).toBe(true);
    } finally {
      duringVerify.probe = undefined;
      await single.$disconnect();
    }
  });

  test(`attempts older than ${LOGIN_HISTORY_DAYS} days are pruned for every email, also never-retried ones; recent ones stay`, async () => {
    const day = 86_400_000;
    const tag = freshIp();
    await db.loginAttempt.createMany({
      data: [
        { email: `spray-once-${tag}@x.example`, ip: tag, succeeded: false, createdAt: new Date(Date.now() - (LOGIN_HISTORY_DAYS + 1) * day) },
        { email: USERS.anna.email, ip: tag, succeeded: false, createdAt: new Date(Date.now() - (LOGIN_HISTORY_DAYS + 5) * day) },
        { email: USERS.anna.email, ip: tag, succeeded: true, createdAt: new Date(Date.now() - 2 * day) },
      ],
    });
    expect(await pruneLoginHistory({ db })).toBeGreaterThanOrEqual(2);
    expect(await db.loginAttempt.findMany({ where: { ip: tag }, select: { succeeded: true } })).toEqual([{ succeeded: true }]);
  });

  test('parallel guesses from one address across many accounts cannot overtake the address limit', async () => {
    const ip = freshIp();
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_IP - 1 }, (_, i) => ({ email: `seed-${i}-${ip}@x.example`, ip, succeeded: false })),
    });
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => verifyCredentials({ db, input: { email: `parallel-${i}-${ip}@x.example`, password: 'guess' }, ip })),
    );
    expect(await db.loginAttempt.count({ where: { ip, succeeded: false } })).toBe(MAX_FAILURES_PER_IP);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(3);
  });
});
