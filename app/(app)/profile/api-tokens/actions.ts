'use server';

import { revalidatePath } from 'next/cache';
import { createApiToken, revokeApiToken } from '@/lib/api-tokens/actions';
import { executeAction } from '@/lib/auth/action';
import { getSessionUser } from '@/lib/auth/session';

export async function createApiTokenAction(input: unknown) {
  const result = await executeAction(createApiToken, await getSessionUser(), input);
  if (result.ok) revalidatePath('/profile/api-tokens');
  return result;
}

export async function revokeApiTokenAction(input: unknown) {
  const result = await executeAction(revokeApiToken, await getSessionUser(), input);
  if (result.ok) revalidatePath('/profile/api-tokens');
  return result;
}
