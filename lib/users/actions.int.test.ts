import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { USERS } from '../../prisma/seed/demo-world';
import { executeAction } from '../auth/action';
import { verifyPassword } from '../auth/password';
import type { TSessionUser } from '../auth/types';
import { createPrismaClient } from '../db/create-client';
import { loadSessionUser } from '../testing/session-user';
import { createUser, resetPassword } from './actions';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
let admin: TSessionUser;
beforeAll(async () => {
  admin = await loadSessionUser(db, USERS.admin.email);
});
afterAll(() => db.$disconnect());

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;

describe('createUser', () => {
  test('returns every field error at once, as catalog keys', async () => {
    const result = await executeAction(createUser, admin, { email: 'nope', name: '', role: 'PIRATE', organizationId: '', password: 'short' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('INVALID_INPUT');
    expect(result.fieldErrors).toEqual({
      email: ['validation.emailInvalid'],
      name: ['validation.nameTooShort'],
      role: ['validation.chooseRole'],
      organizationId: ['validation.chooseOrganization'],
      password: ['validation.passwordTooShort'],
    });
  });

  test('a NUL byte or control character in a name or id is a field error, not a database error', async () => {
    const email = `nul-${unique()}@x.example`;
    const result = await executeAction(createUser, admin, { email, name: 'Null\u0000Byte', role: 'BROKER', organizationId: 'org_\u0000', password: 'a-long-enough-password' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { name: ['validation.controlCharacters'], organizationId: ['validation.chooseOrganization'] } });
    expect(await executeAction(resetPassword, admin, { userId: 'usr_\u0000', password: 'a-long-enough-password' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: { userId: ['validation.invalid'] },
    });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  test('refuses a role that does not fit the organisation, writing nothing', async () => {
    const email = `mismatch-${unique()}@x.example`;
    const result = await executeAction(createUser, admin, { email, name: 'Mis Match', role: 'UNDERWRITER', organizationId: 'org_nordlicht', password: 'a-long-enough-password' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { organizationId: ['validation.roleOrganizationMismatch'] } });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  test('creates the user with an argon2id hash, lower-cased email and an audit event in one transaction', async () => {
    const email = `New.User-${unique()}@Example.COM`;
    const result = await executeAction(createUser, admin, { email, name: ' New User ', role: 'CLIENT', organizationId: 'org_medica', password: 'a-long-enough-password' });
    expect(result.ok).toBe(true);
    const stored = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(stored.name).toBe('New User');
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, 'a-long-enough-password')).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: stored.id, action: 'user.create' } });
    expect(audit.actorId).toBe(admin.id);
  });

  test('a duplicate email is a field error, not a crash', async () => {
    const result = await executeAction(createUser, admin, { email: USERS.ben.email, name: 'Ben Again', role: 'BROKER', organizationId: 'org_nordlicht', password: 'a-long-enough-password' });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { email: ['validation.emailTaken'] } });
  });
});

describe('resetPassword', () => {
  test('sets the new password and bumps the session version (signing the user out everywhere)', async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: USERS.ute.id } });
    const result = await executeAction(resetPassword, admin, { userId: USERS.ute.id, password: 'brand-new-password-1' });
    expect(result.ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: USERS.ute.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, 'brand-new-password-1')).toBe(true);
  });

  test('an unknown user is NOT_FOUND', async () => {
    expect(await executeAction(resetPassword, admin, { userId: 'usr_missing', password: 'brand-new-password-1' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
