import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { getDb } from '../db/client';
import { recordSecurityEvent } from '../security-events/record-security-event';
import { getRequestContext } from '../security-events/request-context';
import { isRecordId } from '../validation';
import { can } from './policy';
import type { TPermission } from './permissions';
import { fillRoute, pageAccess, type TPagePath, type TRecordKind } from './route-registry';
import { getSessionUser } from './session';
import type { TSessionUser } from './types';

/** The signed-in user, or a redirect to the login page (back to `returnTo` afterwards). */
export async function requireUser(returnTo?: string): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : '/login');
  return user;
}

/** The signed-in user if their role holds the permission; otherwise the 403 page (a security event).
 * Record-level access is decided by the where builders in policy.ts, which make foreign records 404. */
export async function requirePermission(permission: TPermission, returnTo?: string): Promise<TSessionUser> {
  const user = await requireUser(returnTo);
  if (!can(user, permission)) {
    await recordSecurityEvent({ db: getDb(), type: 'access.refused', user, context: await getRequestContext(), data: { status: 403, permission, path: returnTo ?? null } });
    forbidden();
  }
  return user;
}

/**
 * The guard of a page, read from the route registry (the one place a page's access is written):
 * `const user = await requirePageUser('/clients/[clientId]', { clientId })`. Signed out: the login
 * page, back here afterwards; without the page's permission: the 403 page.
 */
export async function requirePageUser(path: TPagePath, params: Record<string, string> = {}): Promise<TSessionUser> {
  const access = pageAccess(path);
  const returnTo = fillRoute(path, params);
  if (access === 'public' || access === 'authenticated') return requireUser(returnTo);
  return requirePermission(access.permission, returnTo);
}

/**
 * The 404 page for a record the user may not see. The page looks the same whether the id is unknown
 * or belongs to another tenant; the security log tells them apart (an id that exists outside the
 * user's tenant is a refused access, a typo is not).
 */
export async function notFoundRecord(options: { user: TSessionUser; kind: TRecordKind; id: string }): Promise<never> {
  if (!isRecordId(options.id)) notFound(); // cannot name a record (and PostgreSQL refuses a NUL byte)
  const db = getDb();
  const where = { where: { id: options.id } };
  const exists =
    options.kind === 'assessment'
      ? await db.assessment.count(where)
      : options.kind === 'submission'
        ? await db.submission.count(where)
        : options.kind === 'claim'
          ? await db.claim.count(where)
          : await db.clientCompany.count(where);
  if (exists) {
    await recordSecurityEvent({ db, type: 'access.refused', user: options.user, context: await getRequestContext(), data: { status: 404, record: options.kind, id: options.id } });
  }
  notFound();
}
