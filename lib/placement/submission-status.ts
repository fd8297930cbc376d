// The status machine of a submission: which actor may move it from which status to which. Pure (no
// clock, no database): the placement actions ask here before they write, so an illegal move is
// refused before anything changes. Conditions that need data (a quote still valid, no other
// submission of the placement bound) are checked by the bind action itself.
import type { SubmissionStatus } from '../db/generated/enums';

/** Who moves a submission: the insurer's underwriter, the placing broker, or the app itself. */
export type TSubmissionActor = 'underwriter' | 'broker' | 'system';

export const SUBMISSION_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED', 'QUOTED', 'DECLINED', 'BOUND', 'NOT_TAKEN_UP', 'WITHDRAWN'] as const satisfies readonly SubmissionStatus[];

type TTransition = { from: readonly SubmissionStatus[]; to: SubmissionStatus; actor: TSubmissionActor };

/** Every legal move. Anything not listed is refused. */
export const SUBMISSION_TRANSITIONS: readonly TTransition[] = [
  // The underwriter takes it up (opening the review page does not move it).
  { from: ['SUBMITTED'], to: 'IN_REVIEW', actor: 'underwriter' },
  { from: ['SUBMITTED', 'IN_REVIEW'], to: 'INFO_REQUESTED', actor: 'underwriter' },
  { from: ['SUBMITTED', 'IN_REVIEW'], to: 'QUOTED', actor: 'underwriter' },
  { from: ['SUBMITTED', 'IN_REVIEW'], to: 'DECLINED', actor: 'underwriter' },
  // The broker answers the questions and resubmits; the thread is kept.
  { from: ['INFO_REQUESTED'], to: 'SUBMITTED', actor: 'broker' },
  // The client's choice (the bind action also checks the quote's validity and the placement).
  { from: ['QUOTED'], to: 'BOUND', actor: 'broker' },
  // Another quote of the placement was bound.
  { from: ['QUOTED'], to: 'NOT_TAKEN_UP', actor: 'system' },
  { from: ['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED'], to: 'WITHDRAWN', actor: 'broker' },
];

/** Statuses in which nothing moves any more. */
export const FINAL_SUBMISSION_STATUSES: readonly SubmissionStatus[] = ['DECLINED', 'BOUND', 'NOT_TAKEN_UP', 'WITHDRAWN'];

export class SubmissionTransitionError extends Error {
  override name = 'SubmissionTransitionError';
  readonly code = 'ILLEGAL_TRANSITION';
  constructor(
    readonly from: SubmissionStatus,
    readonly to: SubmissionStatus,
    readonly actor: TSubmissionActor,
  ) {
    super(`A ${actor} cannot move a submission from ${from} to ${to}.`);
  }
}

export function canTransitionSubmission(options: { from: SubmissionStatus; to: SubmissionStatus; actor: TSubmissionActor }): boolean {
  return SUBMISSION_TRANSITIONS.some((transition) => transition.actor === options.actor && transition.to === options.to && transition.from.includes(options.from));
}

/** The new status, or a SubmissionTransitionError naming the refused move. */
export function transitionSubmission(options: { from: SubmissionStatus; to: SubmissionStatus; actor: TSubmissionActor }): SubmissionStatus {
  if (!canTransitionSubmission(options)) throw new SubmissionTransitionError(options.from, options.to, options.actor);
  return options.to;
}

/** The statuses an actor may move a submission to from where it stands (for the page's buttons). */
export function nextSubmissionStatuses(options: { from: SubmissionStatus; actor: TSubmissionActor }): SubmissionStatus[] {
  return SUBMISSION_TRANSITIONS.filter((transition) => transition.actor === options.actor && transition.from.includes(options.from)).map((transition) => transition.to);
}
