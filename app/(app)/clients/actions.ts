'use server';

import { revalidatePath } from 'next/cache';
import { executeAction } from '@/lib/auth/action';
import { getSessionUser } from '@/lib/auth/session';
import { createClientCompany, updateClientCompany } from '@/lib/clients/actions';

// Server actions are public POST endpoints: each one authenticates and authorizes for itself
// (executeAction), whatever page rendered the form.

export async function createClientCompanyAction(input: unknown) {
  const result = await executeAction(createClientCompany, await getSessionUser(), input);
  if (result.ok) revalidatePath('/clients');
  return result;
}

export async function updateClientCompanyAction(input: unknown) {
  const result = await executeAction(updateClientCompany, await getSessionUser(), input);
  if (result.ok) revalidatePath(`/clients/${result.data.id}`);
  return result;
}
