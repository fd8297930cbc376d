// Every server action of the app. lib/auth/registry.test.ts fails when an exported action is not
// listed; lib/auth/action-registry.int.test.ts runs each one for every role against the database.
import { chooseLocale } from '../profile/actions';
import { createUser, resetPassword } from '../users/actions';

/** Server actions that run through executeAction(), keyed by the exported action's name. */
export const ACTIONS = {
  createUserAction: createUser,
  resetPasswordAction: resetPassword,
} as const;

/** Server actions that are deliberately callable without a session, with the reason. */
export const PUBLIC_ACTIONS = {
  setLocaleAction: { reason: 'The language can be switched on the login page; a signed-in user also stores it via profile.updateLocale.', uses: chooseLocale },
} as const;
