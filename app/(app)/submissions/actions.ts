'use server';

import { revalidatePath } from 'next/cache';
import { executeAction } from '@/lib/auth/action';
import { getSessionUser } from '@/lib/auth/session';
import {
  bindSubmission,
  createPlacement,
  declineSubmission,
  fulfilSubjectivity,
  markNotificationsRead,
  overrideSubmission,
  quoteSubmission,
  requestInformation,
  respondToSubmission,
  reviewSubjectivity,
  reviseAnswers,
  startReview,
  withdrawSubmission,
} from '@/lib/placement/actions';

// Server actions of placement and underwriting: each authenticates and authorizes for itself
// (executeAction); the definitions in lib/placement/actions.ts check the record and the version.

export async function createPlacementAction(input: unknown) {
  const result = await executeAction(createPlacement, await getSessionUser(), input);
  if (result.ok) revalidatePath(`/assessments/${result.data.assessmentId}/placement`);
  return result;
}

export async function bindSubmissionAction(input: unknown) {
  return executeAction(bindSubmission, await getSessionUser(), input);
}

export async function respondToSubmissionAction(input: unknown) {
  return executeAction(respondToSubmission, await getSessionUser(), input);
}

export async function reviseAnswersAction(input: unknown) {
  return executeAction(reviseAnswers, await getSessionUser(), input);
}

export async function withdrawSubmissionAction(input: unknown) {
  return executeAction(withdrawSubmission, await getSessionUser(), input);
}

/** Takes FormData: the evidence file travels as a File. */
export async function fulfilSubjectivityAction(input: FormData) {
  const file = input.get('file');
  return executeAction(fulfilSubjectivity, await getSessionUser(), {
    submissionId: input.get('submissionId'),
    version: input.get('version'),
    subjectivityId: input.get('subjectivityId'),
    note: input.get('note') ?? undefined,
    file: file instanceof File && file.size > 0 ? file : undefined,
  });
}

export async function startReviewAction(input: unknown) {
  return executeAction(startReview, await getSessionUser(), input);
}

export async function overrideSubmissionAction(input: unknown) {
  return executeAction(overrideSubmission, await getSessionUser(), input);
}

export async function requestInformationAction(input: unknown) {
  return executeAction(requestInformation, await getSessionUser(), input);
}

export async function quoteSubmissionAction(input: unknown) {
  return executeAction(quoteSubmission, await getSessionUser(), input);
}

export async function declineSubmissionAction(input: unknown) {
  return executeAction(declineSubmission, await getSessionUser(), input);
}

export async function reviewSubjectivityAction(input: unknown) {
  return executeAction(reviewSubjectivity, await getSessionUser(), input);
}

export async function markNotificationsReadAction(input: unknown) {
  const result = await executeAction(markNotificationsRead, await getSessionUser(), input);
  if (result.ok) revalidatePath('/notifications');
  return result;
}
