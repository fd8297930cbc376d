'use server';

import { revalidatePath } from 'next/cache';
import { executeAction } from '@/lib/auth/action';
import { getSessionUser } from '@/lib/auth/session';
import { createUser, deactivateUser, endSessionsOfUser, reactivateUser, resetAccess, unblockUser } from '@/lib/users/actions';

// Server actions are public POST endpoints: each one authenticates and authorizes for itself
// (executeAction, which also wants a recent re-authentication for these), whatever page rendered the form.

export async function createUserAction(input: unknown) {
  const result = await executeAction(createUser, await getSessionUser(), input);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

export async function resetAccessAction(input: unknown) {
  const result = await executeAction(resetAccess, await getSessionUser(), input);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

export async function deactivateUserAction(input: unknown) {
  const result = await executeAction(deactivateUser, await getSessionUser(), input);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

export async function reactivateUserAction(input: unknown) {
  const result = await executeAction(reactivateUser, await getSessionUser(), input);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

export async function endSessionsAction(input: unknown) {
  const result = await executeAction(endSessionsOfUser, await getSessionUser(), input);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

export async function unblockUserAction(input: unknown) {
  const result = await executeAction(unblockUser, await getSessionUser(), input);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}
