// Setting a password through a one-time link: public (the user is not signed in yet), so it
// validates with zod itself and answers every unusable link the same way.
import 'server-only';
import { hashPassword } from '../auth/password';
import { checkPasswordRules } from '../auth/password-strength';
import { endUserSessions } from '../auth/user-session';
import { getDb } from '../db/client';
import { fieldErrorsFromZod, type TActionResult } from '../errors';
import { recordSecurityEvent } from '../security-events/record-security-event';
import { getRequestContext } from '../security-events/request-context';
import { ZSetPasswordInput } from './schemas';
import { claimLink, findOpenLink } from './set-password-links';

const LINK_INVALID: TActionResult<never> = { ok: false, code: 'NOT_FOUND', message: 'This link is not valid any more.', fieldErrors: { token: ['security.setPassword.linkInvalid'] } };

export async function setPasswordWithLink(options: { input: unknown; now?: Date }): Promise<TActionResult<{ email: string }>> {
  const parsed = ZSetPasswordInput.safeParse(options.input);
  if (!parsed.success) return { ok: false, code: 'INVALID_INPUT', message: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsFromZod(parsed.error) };
  const db = getDb();
  const now = options.now ?? new Date();
  const link = await findOpenLink({ db, token: parsed.data.token, now });
  if (!link) return LINK_INVALID;
  const user = await db.user.findUniqueOrThrow({ where: { id: link.userId }, select: { id: true, email: true, name: true, role: true, organizationId: true, deactivatedAt: true } });
  if (user.deactivatedAt) return LINK_INVALID;
  const problems = checkPasswordRules({ password: parsed.data.password, role: user.role, name: user.name, email: user.email });
  if (problems.length) return { ok: false, code: 'INVALID_INPUT', message: 'Please choose another password.', fieldErrors: { password: problems.map((p) => `security.password.${p}`) } };
  const passwordHash = await hashPassword(parsed.data.password);
  const context = await getRequestContext();
  const done = await db.$transaction(async (tx) => {
    if (!(await claimLink({ db: tx, id: link.id, now }))) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await endUserSessions({ db: tx, userId: user.id, reason: 'password_changed', now });
    await recordSecurityEvent({ db: tx, type: 'password.link_used', user, context, data: { purpose: link.purpose }, now });
    return true;
  });
  return done ? { ok: true, data: { email: user.email } } : LINK_INVALID;
}
