import { AppError } from '../errors';
import type { TPermission } from './permissions';
import { can } from './policy';
import type { TSessionUser } from './types';

/** Defence in depth for data functions: they refuse on their own even if a caller forgot the guard. */
export function assertCan(user: TSessionUser, permission: TPermission): void {
  if (!can(user, permission)) throw new AppError('FORBIDDEN', 'You are not allowed to do this.');
}
