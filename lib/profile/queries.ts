import 'server-only';
import { assertCan } from '../auth/assert';
import { countUnusedRecoveryCodes, hasSecondFactor } from '../auth/second-factor';
import { isSecondFactorRequired } from '../auth/second-factor-policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import type { TAccountSecurity } from './types';


export async function getAccountSecurity(options: { user: TSessionUser }): Promise<TAccountSecurity> {
  assertCan(options.user, 'profile.manageSecurity');
  const db = getDb();
  const [enrolled, unused] = await Promise.all([hasSecondFactor({ db, userId: options.user.id }), countUnusedRecoveryCodes({ db, userId: options.user.id })]);
  return { hasSecondFactor: enrolled, isSecondFactorRequired: isSecondFactorRequired(options.user.role), unusedRecoveryCodes: enrolled ? unused : 0 };
}
