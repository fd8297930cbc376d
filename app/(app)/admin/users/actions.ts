'use server';

import { revalidatePath } from 'next/cache';
import { executeAction } from '@/lib/auth/action';
import { getSessionUser } from '@/lib/auth/session';
import { createUser, resetPassword } from '@/lib/users/actions';

// Server actions are public POST endpoints: each one authenticates and authorizes for itself
// (executeAction), whatever page rendered the form.

export async function createUserAction(input: unknown) {
  const result = await executeAction(createUser, await getSessionUser(), input);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

export async function resetPasswordAction(input: unknown) {
  return executeAction(resetPassword, await getSessionUser(), input);
}
