'use server';

import { revalidatePath } from 'next/cache';
import { createAssessment, shareAssessment, submitAssessment, upgradeAssessment } from '@/lib/assessments/actions';
import { executeAction } from '@/lib/auth/action';
import { getSessionUser } from '@/lib/auth/session';
import { trackRecommendation } from '@/lib/recommendations/actions';

// Server actions are public POST endpoints: each one authenticates and authorizes for itself
// (executeAction). Answers are saved through PATCH /api/v1/assessments/{id}/answers (the wizard's
// autosave speaks the same API as integrations).

export async function createAssessmentAction(input: unknown) {
  const result = await executeAction(createAssessment, await getSessionUser(), input);
  if (result.ok) revalidatePath('/assessments');
  return result;
}

export async function shareAssessmentAction(input: unknown) {
  const result = await executeAction(shareAssessment, await getSessionUser(), input);
  if (result.ok) revalidatePath(`/assessments/${result.data.id}`);
  return result;
}

export async function upgradeAssessmentAction(input: unknown) {
  const result = await executeAction(upgradeAssessment, await getSessionUser(), input);
  if (result.ok) revalidatePath(`/assessments/${result.data.id}`);
  return result;
}

export async function submitAssessmentAction(input: unknown) {
  return executeAction(submitAssessment, await getSessionUser(), input);
}

export async function trackRecommendationAction(input: unknown) {
  const result = await executeAction(trackRecommendation, await getSessionUser(), input);
  if (result.ok) revalidatePath(`/assessments/${result.data.assessmentId}/results`);
  return result;
}
