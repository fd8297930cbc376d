import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { can } from './policy';
import type { TPermission } from './permissions';
import { fillRoute, pageAccess, type TPagePath } from './route-registry';
import { getSessionUser } from './session';
import type { TSessionUser } from './types';

/** The signed-in user, or a redirect to the login page (back to `returnTo` afterwards). */
export async function requireUser(returnTo?: string): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : '/login');
  return user;
}

/** The signed-in user if their role holds the permission; otherwise the 403 page. Record-level
 * access is decided by the where builders in policy.ts, which make foreign records 404. */
export async function requirePermission(permission: TPermission, returnTo?: string): Promise<TSessionUser> {
  const user = await requireUser(returnTo);
  if (!can(user, permission)) forbidden();
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
