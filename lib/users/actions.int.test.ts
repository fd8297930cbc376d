import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD, USERS } from '../../prisma/seed/demo-world';
import { executeAction } from '../auth/action';
import { PERMISSIONS } from '../auth/permissions';
import { hashPassword, verifyPassword } from '../auth/password';
import type { TSessionUser } from '../auth/types';
import { createPrismaClient } from '../db/create-client';
import { loadSessionUser } from '../testing/session-user';
import { createUser, deactivateUser, endSessionsOfUser, reactivateUser, resetAccess, unblockUser } from './actions';
import { setPasswordWithLink } from './set-password';
import { issueSetPasswordLink, SET_PASSWORD_LINK_TTL_MS } from './set-password-links';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
let admin: TSessionUser;
beforeAll(async () => {
  admin = await loadSessionUser(db, USERS.admin.email);
});
afterAll(() => db.$disconnect());

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
const tokenOf = (link: string) => new URL(link, 'http://x').hash.replace('#token=', '');

async function newBroker(): Promise<{ id: string; email: string; link: string }> {
  const email = `broker-${unique()}@nordlicht.example`;
  const result = await executeAction(createUser, admin, { email, name: 'Nora Neumann', role: 'BROKER', organizationId: 'org_nordlicht' });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { id: result.data.id, email, link: result.data.link };
}

describe('createUser', () => {
  test('returns every field error at once, as catalog keys', async () => {
    const result = await executeAction(createUser, admin, { email: 'nope', name: '', role: 'PIRATE', organizationId: '' });
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: { email: ['validation.emailInvalid'], name: ['validation.nameTooShort'], role: ['validation.chooseRole'], organizationId: ['validation.chooseOrganization'] },
    });
  });

  test('a NUL byte or control character in a name or id is a field error, not a database error', async () => {
    const email = `nul-${unique()}@x.example`;
    const result = await executeAction(createUser, admin, { email, name: 'Null\u0000Byte', role: 'BROKER', organizationId: 'org_\u0000' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { name: ['validation.controlCharacters'], organizationId: ['validation.chooseOrganization'] } });
    expect(await executeAction(resetAccess, admin, { userId: 'usr_\u0000' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { userId: ['validation.invalid'] } });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  test('refuses a role that does not fit the organisation, writing nothing', async () => {
    const email = `mismatch-${unique()}@x.example`;
    const result = await executeAction(createUser, admin, { email, name: 'Mis Match', role: 'UNDERWRITER', organizationId: 'org_nordlicht' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { organizationId: ['validation.roleOrganizationMismatch'] } });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  test('the admin sets no password: the account gets a one-time link, an audit row and security events', async () => {
    const email = `New.User-${unique()}@Example.COM`;
    const result = await executeAction(createUser, admin, { email, name: ' New User ', role: 'CLIENT', organizationId: 'org_medica', password: 'ignored-by-the-schema' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.link).toMatch(/\/set-password#token=[A-Za-z0-9_-]{43}$/);
    const stored = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(stored.name).toBe('New User');
    // Nobody knows the initial password: not the admin, not the link's holder.
    expect(await verifyPassword(stored.passwordHash, 'ignored-by-the-schema')).toBe(false);
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: stored.id, action: 'user.create' } })).actorId).toBe(admin.id);
    expect(await db.securityEvent.count({ where: { targetUserId: stored.id, type: { in: ['admin.user_created', 'password.link_issued'] } } })).toBe(2);
    const link = await db.setPasswordToken.findFirstOrThrow({ where: { userId: stored.id } });
    expect(link.tokenHash).not.toContain(tokenOf(result.data.link)); // stored hashed
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(SET_PASSWORD_LINK_TTL_MS);
  });

  test('creating an admin needs its own permission, not only user.create', async () => {
    const grant = PERMISSIONS['user.createAdmin'] as unknown as string[];
    const saved = [...grant];
    grant.length = 0; // an admin role without user.createAdmin
    try {
      const email = `second-admin-${unique()}@signet.example`;
      expect(await executeAction(createUser, admin, { email, name: 'Second Admin', role: 'ADMIN', organizationId: 'org_signet' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await db.user.findUnique({ where: { email } })).toBeNull();
      expect(await executeAction(createUser, admin, { email: `still-broker-${unique()}@nordlicht.example`, name: 'Still Fine', role: 'BROKER', organizationId: 'org_nordlicht' })).toMatchObject({ ok: true });
    } finally {
      grant.push(...saved);
    }
    expect(await executeAction(createUser, admin, { email: `second-admin-${unique()}@signet.example`, name: 'Second Admin', role: 'ADMIN', organizationId: 'org_signet' })).toMatchObject({ ok: true });
  });

  test('a duplicate email is a field error, not a crash', async () => {
    const result = await executeAction(createUser, admin, { email: USERS.ben.email, name: 'Ben Again', role: 'BROKER', organizationId: 'org_nordlicht' });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { email: ['validation.emailTaken'] } });
  });
});

describe('the set-password link', () => {
  test('sets a password that follows the rules, works once, and the user can then sign in with it', async () => {
    const broker = await newBroker();
    const token = tokenOf(broker.link);
    expect(await setPasswordWithLink({ input: { token, password: 'password12345' } })).toMatchObject({ ok: false, fieldErrors: { password: ['security.password.passwordCommon'] } });
    expect(await setPasswordWithLink({ input: { token, password: 'nora-neumann-2026!' } })).toMatchObject({ ok: false, fieldErrors: { password: ['security.password.passwordContext'] } });
    expect(await setPasswordWithLink({ input: { token, password: 'Kaffeetasse Fahrrad Wolke' } })).toEqual({ ok: true, data: { email: broker.email } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: broker.id } });
    expect(await verifyPassword(stored.passwordHash, 'Kaffeetasse Fahrrad Wolke')).toBe(true);
    // Used: the same link again is refused, whatever the password.
    expect(await setPasswordWithLink({ input: { token, password: 'Regenschirm Apfelbaum Zug' } })).toMatchObject({ ok: false, code: 'NOT_FOUND', fieldErrors: { token: ['security.setPassword.linkInvalid'] } });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: broker.id } })).passwordHash, 'Kaffeetasse Fahrrad Wolke')).toBe(true);
    expect(await db.securityEvent.count({ where: { userId: broker.id, type: 'password.link_used' } })).toBe(1);
  });

  test('expires after 24 hours (injected clock)', async () => {
    const broker = await newBroker();
    const issuedAt = new Date();
    const { token } = await issueSetPasswordLink({ db, userId: broker.id, purpose: 'reset', createdById: admin.id, now: issuedAt });
    const justBefore = new Date(issuedAt.getTime() + SET_PASSWORD_LINK_TTL_MS - 1_000);
    const after = new Date(issuedAt.getTime() + SET_PASSWORD_LINK_TTL_MS + 1_000);
    expect(await setPasswordWithLink({ input: { token, password: 'Regenschirm Apfelbaum Zug' }, now: after })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await setPasswordWithLink({ input: { token, password: 'Regenschirm Apfelbaum Zug' }, now: justBefore })).toMatchObject({ ok: true });
  });

  test('a newer link makes the older one invalid', async () => {
    const broker = await newBroker();
    const reset = await executeAction(resetAccess, admin, { userId: broker.id });
    expect(reset.ok).toBe(true);
    expect(await setPasswordWithLink({ input: { token: tokenOf(broker.link), password: 'Regenschirm Apfelbaum Zug' } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    if (reset.ok) expect(await setPasswordWithLink({ input: { token: tokenOf(reset.data.link), password: 'Regenschirm Apfelbaum Zug' } })).toMatchObject({ ok: true });
  });

  test('tokens that cannot be one, and unknown ones, get the same answer', async () => {
    for (const token of ['', 'x', 'A'.repeat(43), '../../etc', '\u0000'.repeat(43)]) {
      expect(await setPasswordWithLink({ input: { token, password: 'Regenschirm Apfelbaum Zug' } })).toMatchObject({ ok: false });
    }
  });
});

describe('admin actions need a re-authentication within the last 5 minutes', () => {
  test('six minutes after signing in, every admin action is refused and writes nothing', async () => {
    const stale = await loadSessionUser(db, USERS.admin.email, { authenticatedAt: new Date(Date.now() - 6 * 60_000) });
    const before = { audit: await db.auditEvent.count(), users: await db.user.count() };
    const target = { userId: USERS.medica.id };
    for (const [definition, input] of [
      [createUser, { email: `stale-${unique()}@x.example`, name: 'Stale', role: 'BROKER', organizationId: 'org_nordlicht' }],
      [resetAccess, target],
      [deactivateUser, target],
      [reactivateUser, target],
      [endSessionsOfUser, target],
      [unblockUser, target],
    ] as const) {
      expect(await executeAction(definition as never, stale, input)).toMatchObject({ ok: false, code: 'REAUTHENTICATION_REQUIRED' });
    }
    expect({ audit: await db.auditEvent.count(), users: await db.user.count() }).toEqual(before);
    expect(await db.securityEvent.count({ where: { userId: USERS.admin.id, type: 'access.refused', data: { path: ['code'], equals: 'REAUTHENTICATION_REQUIRED' } } })).toBeGreaterThanOrEqual(6);
  });

  test('four minutes after signing in it goes through', async () => {
    const recent = await loadSessionUser(db, USERS.admin.email, { authenticatedAt: new Date(Date.now() - 4 * 60_000) });
    expect(await executeAction(unblockUser, recent, { userId: USERS.ben.id })).toMatchObject({ ok: true });
  });
});

describe('deactivate, reactivate, end sessions', () => {
  test('deactivating moves the session version, ends every session row and blocks sign-in; reactivating lets the user back in', async () => {
    const broker = await newBroker();
    await setPasswordWithLink({ input: { token: tokenOf(broker.link), password: 'Kaffeetasse Fahrrad Wolke' } });
    await db.userSession.create({ data: { userId: broker.id, authMethod: 'PASSWORD', authenticatedAt: new Date(), lastSeenAt: new Date(), expiresAt: new Date(Date.now() + 3_600_000) } });
    const before = await db.user.findUniqueOrThrow({ where: { id: broker.id } });
    expect(await executeAction(deactivateUser, admin, { userId: broker.id })).toMatchObject({ ok: true });
    const after = await db.user.findUniqueOrThrow({ where: { id: broker.id } });
    expect(after.deactivatedAt).not.toBeNull();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.userSession.count({ where: { userId: broker.id, endedAt: null } })).toBe(0);
    expect(await executeAction(reactivateUser, admin, { userId: broker.id })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: broker.id } })).deactivatedAt).toBeNull();
  });

  test('an admin cannot deactivate themselves', async () => {
    expect(await executeAction(deactivateUser, admin, { userId: admin.id })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  test('ending sessions moves the version and ends the rows; an unknown user is NOT_FOUND', async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: USERS.ute.id } });
    expect(await executeAction(endSessionsOfUser, admin, { userId: USERS.ute.id })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: USERS.ute.id } })).sessionVersion).toBe(before.sessionVersion + 1);
    expect(await executeAction(endSessionsOfUser, admin, { userId: 'usr_missing' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  test('resetting access makes the old password useless at once and can clear a lost second factor', async () => {
    const underwriter = await db.user.create({
      data: { email: `uw-${unique()}@rheinmark.example`, name: 'Lost Phone', role: 'UNDERWRITER', organizationId: 'org_rheinmark', passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
    await db.totpCredential.create({ data: { userId: underwriter.id, secret: 'JBSWY3DPEHPK3PXP', confirmedAt: new Date() } });
    expect(await executeAction(resetAccess, admin, { userId: underwriter.id, removeSecondFactor: true })).toMatchObject({ ok: true });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: underwriter.id } })).passwordHash, DEMO_PASSWORD)).toBe(false);
    expect(await db.totpCredential.findUnique({ where: { userId: underwriter.id } })).toBeNull();
  });
});
