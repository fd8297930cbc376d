'use server';

import { revalidatePath } from 'next/cache';
import { executeAction } from '@/lib/auth/action';
import { getSessionUser } from '@/lib/auth/session';
import { addClaimNote, reportClaim, tickClaimItem, transitionClaim } from '@/lib/claims/actions';

// Server actions are public POST endpoints: each one authenticates and authorizes for itself
// (executeAction); the claim's where builder decides whose claim it may touch.

export async function reportClaimAction(input: unknown) {
  const result = await executeAction(reportClaim, await getSessionUser(), input);
  if (result.ok) revalidatePath('/claims');
  return result;
}

export async function transitionClaimAction(input: unknown) {
  const result = await executeAction(transitionClaim, await getSessionUser(), input);
  if (result.ok) revalidatePath(`/claims/${result.data.id}`);
  return result;
}

export async function tickClaimItemAction(input: unknown) {
  const result = await executeAction(tickClaimItem, await getSessionUser(), input);
  if (result.ok) revalidatePath(`/claims/${result.data.id}`);
  return result;
}

export async function addClaimNoteAction(input: unknown) {
  const result = await executeAction(addClaimNote, await getSessionUser(), input);
  if (result.ok) revalidatePath(`/claims/${result.data.id}`);
  return result;
}
