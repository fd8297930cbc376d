'use server';

import { revalidatePath } from 'next/cache';
import { executeAction } from '@/lib/auth/action';
import { getSessionUser, rotateSession } from '@/lib/auth/session';
import {
  changePassword,
  confirmSecondFactorEnrolment,
  reauthenticate,
  regenerateRecoveryCodes,
  removeOwnSecondFactor,
  startSecondFactorEnrolment,
} from '@/lib/profile/security-actions';

export async function changePasswordAction(input: unknown) {
  const user = await getSessionUser();
  const result = await executeAction(changePassword, user, input);
  // All sessions ended with the change; this browser continues in a fresh one.
  if (result.ok && user?.session) {
    await rotateSession({ user, sessionVersion: result.data.sessionVersion, authMethod: user.session.authMethod, authenticatedAt: user.session.authenticatedAt });
  }
  return result;
}

export async function startSecondFactorAction(input: unknown) {
  return executeAction(startSecondFactorEnrolment, await getSessionUser(), input);
}

export async function confirmSecondFactorAction(input: unknown) {
  const result = await executeAction(confirmSecondFactorEnrolment, await getSessionUser(), input);
  if (result.ok) revalidatePath('/profile');
  return result;
}

export async function regenerateRecoveryCodesAction(input: unknown) {
  const result = await executeAction(regenerateRecoveryCodes, await getSessionUser(), input);
  if (result.ok) revalidatePath('/profile');
  return result;
}

export async function removeSecondFactorAction(input: unknown) {
  const result = await executeAction(removeOwnSecondFactor, await getSessionUser(), input);
  if (result.ok) revalidatePath('/profile');
  return result;
}

export async function reauthenticateAction(input: unknown) {
  return executeAction(reauthenticate, await getSessionUser(), input);
}
