// The user's own account security (profile page): change password, second factor, recovery codes,
// and re-authentication for sensitive actions. Every check of a password or code goes through the
// login throttle, so the profile is no side door for guessing.
import 'server-only';
import { defineAction } from '../auth/action';
import { claimAttempt, markAttemptSucceeded } from '../auth/credentials';
import { hashPassword, verifyPassword } from '../auth/password';
import { checkPasswordRules } from '../auth/password-strength';
import { confirmTotpEnrolment, hasSecondFactor, removeSecondFactor, replaceRecoveryCodes, startTotpEnrolment, verifySecondFactor } from '../auth/second-factor';
import { isSecondFactorRequired } from '../auth/second-factor-policy';
import type { TSessionUser } from '../auth/types';
import { endUserSessions } from '../auth/user-session';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { recordSecurityEvent } from '../security-events/record-security-event';
import { getRequestContext } from '../security-events/request-context';
import { ZChangePasswordInput, ZCodeInput, ZNoInput, ZReauthenticateInput } from './security-schemas';

/** Checks the user's password under the login throttle; throws RATE_LIMITED or a field error. */
async function confirmPassword(user: TSessionUser, password: string, field: string): Promise<string> {
  const db = getDb();
  const context = await getRequestContext();
  const claim = await claimAttempt(db, user.email, context.ip, 'password');
  if (claim.isBlocked) throw new AppError('RATE_LIMITED', `Too many attempts. Try again in ${claim.retryAfterSeconds} seconds.`);
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row.passwordHash, password))) {
    await recordSecurityEvent({ db, type: 'auth.reauthentication.failed', user, context, data: { step: 'password' } });
    throw new AppError('INVALID_INPUT', 'The password is not correct.', { [field]: ['security.profile.passwordWrong'] });
  }
  return claim.attemptId;
}

export const changePassword = defineAction({
  id: 'profile.changePassword',
  permission: 'profile.manageSecurity',
  input: ZChangePasswordInput,
  handler: async ({ user, input }) => {
    const db = getDb();
    const attemptId = await confirmPassword(user, input.currentPassword, 'currentPassword');
    const problems = checkPasswordRules({ password: input.newPassword, role: user.role, name: user.name, email: user.email });
    if (problems.length) throw new AppError('INVALID_INPUT', 'Please choose another password.', { newPassword: problems.map((p) => `security.password.${p}`) });
    const passwordHash = await hashPassword(input.newPassword);
    const context = await getRequestContext();
    const updated = await db.$transaction(async (tx) => {
      const row = await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
      // Every session ends, this one included (a copy of its cookie dies with it); the server action
      // gives this browser a fresh session (lib/auth/session.ts, rotateSession).
      await endUserSessions({ db: tx, userId: user.id, reason: 'password_changed' });
      await recordSecurityEvent({ db: tx, type: 'password.changed', user, context });
      return row;
    });
    await markAttemptSucceeded(db, attemptId, user.id);
    return { sessionVersion: updated.sessionVersion };
  },
});

export const startSecondFactorEnrolment = defineAction({
  id: 'profile.startSecondFactor',
  permission: 'profile.manageSecurity',
  input: ZNoInput,
  handler: async ({ user }) => {
    const enrolment = await startTotpEnrolment({ db: getDb(), userId: user.id, email: user.email });
    return { secret: enrolment.secret, qrSvg: enrolment.qrSvg };
  },
});

export const confirmSecondFactorEnrolment = defineAction({
  id: 'profile.confirmSecondFactor',
  permission: 'profile.manageSecurity',
  input: ZCodeInput,
  handler: async ({ user, input }) => {
    const db = getDb();
    const context = await getRequestContext();
    const claim = await claimAttempt(db, user.email, context.ip, 'second_factor');
    if (claim.isBlocked) throw new AppError('RATE_LIMITED', `Too many attempts. Try again in ${claim.retryAfterSeconds} seconds.`);
    if (!(await confirmTotpEnrolment({ db, userId: user.id, code: input.code }))) {
      throw new AppError('INVALID_INPUT', 'The code is not correct.', { code: ['security.profile.codeWrong'] });
    }
    await markAttemptSucceeded(db, claim.attemptId, user.id);
    const recoveryCodes = await replaceRecoveryCodes({ db, userId: user.id });
    await recordSecurityEvent({ db, type: 'auth.second_factor.enrolled', user, context });
    await recordSecurityEvent({ db, type: 'auth.recovery_codes.generated', user, context });
    return { recoveryCodes };
  },
});

export const regenerateRecoveryCodes = defineAction({
  id: 'profile.regenerateRecoveryCodes',
  permission: 'profile.manageSecurity',
  requiresRecentAuthentication: true,
  input: ZNoInput,
  handler: async ({ user }) => {
    const db = getDb();
    if (!(await hasSecondFactor({ db, userId: user.id }))) throw new AppError('CONFLICT', 'Set up an authenticator first.');
    const recoveryCodes = await replaceRecoveryCodes({ db, userId: user.id });
    await recordSecurityEvent({ db, type: 'auth.recovery_codes.generated', user, context: await getRequestContext() });
    return { recoveryCodes };
  },
});

export const removeOwnSecondFactor = defineAction({
  id: 'profile.removeSecondFactor',
  permission: 'profile.manageSecurity',
  requiresRecentAuthentication: true,
  input: ZNoInput,
  handler: async ({ user }) => {
    if (isSecondFactorRequired(user.role)) throw new AppError('FORBIDDEN', 'Your role needs a second factor.');
    const db = getDb();
    await db.$transaction(async (tx) => {
      await removeSecondFactor({ db: tx, userId: user.id });
      await recordSecurityEvent({ db: tx, type: 'auth.second_factor.removed', user, context: await getRequestContext() });
    });
    return { removed: true };
  },
});

export const reauthenticate = defineAction({
  id: 'profile.reauthenticate',
  permission: 'profile.manageSecurity',
  input: ZReauthenticateInput,
  handler: async ({ user, input }) => {
    if (!user.session) throw new AppError('UNAUTHENTICATED', 'Please sign in again.');
    const db = getDb();
    const context = await getRequestContext();
    const attemptId = await confirmPassword(user, input.password, 'password');
    if (await hasSecondFactor({ db, userId: user.id })) {
      const check = await verifySecondFactor({ db, userId: user.id, code: input.code ?? '' });
      if (!check.ok) {
        await recordSecurityEvent({ db, type: 'auth.reauthentication.failed', user, context, data: { step: 'second_factor', reason: check.reason } });
        throw new AppError('INVALID_INPUT', 'The code is not correct.', { code: ['security.profile.codeWrong'] });
      }
    }
    await markAttemptSucceeded(db, attemptId, user.id);
    const now = new Date();
    await db.userSession.update({ where: { id: user.session.id }, data: { reauthenticatedAt: now } });
    await recordSecurityEvent({ db, type: 'auth.reauthenticated', user, context });
    return { reauthenticatedAt: now.toISOString() };
  },
});
