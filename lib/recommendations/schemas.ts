// Input of the client's progress on a recommendation (shared by the form and the server action).
import { z } from 'zod';
import { zMultiLineText, zRecordId } from '../validation';

export const RECOMMENDATION_STATES = ['PLANNED', 'DONE'] as const;
export const PROGRESS_NOTE_MAX_LENGTH = 1000;

export const ZTrackRecommendationInput = z.object({
  assessmentId: zRecordId(),
  /** A recommendation (control) id of the assessment's submitted result. */
  recommendationId: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'validation.invalid'),
  state: z.enum(RECOMMENDATION_STATES, 'recommendations.validation.chooseState'),
  note: zMultiLineText({ max: PROGRESS_NOTE_MAX_LENGTH }).transform((value) => value.trim() || null),
});
export type TTrackRecommendationInput = z.output<typeof ZTrackRecommendationInput>;
