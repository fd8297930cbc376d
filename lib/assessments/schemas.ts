// Input schemas of the assessment actions, shared by the wizard, the server actions and the REST
// API (and its OpenAPI document). An answer's value is checked against its question by the question
// bank (lib/questionnaire: validateAnswers) once the assessment's questionnaire version is known.
import { z } from 'zod';
import { AssessmentStatus } from '../db/generated/enums';
import { zListPage, zListPageSize, zMultiLineText, zRecordId, zSearchTerm } from '../validation';

/** Question ids: the question bank's snake_case ids. */
export const ZQuestionId = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'validation.questionUnknown');

export const NOTE_MAX_LENGTH = 2000;
/** A save carries at most this many answers: the whole questionnaire fits, a flood does not. */
export const MAX_ANSWERS_PER_SAVE = 200;

export const ZAnswerChange = z.strictObject({
  /** The new answer as the question defines it; null clears it. Checked against the question bank. */
  value: z.union([z.string().max(100), z.number(), z.array(z.string().max(100)).max(50), z.null()], 'validation.answerInvalid'),
  /** The version of the answer this change is based on (0 when it was never answered). */
  version: z.number('validation.versionRequired').int('validation.versionRequired').min(0, 'validation.versionRequired').max(1_000_000_000, 'validation.versionRequired'),
  /** A note on the answer; omitted: unchanged; null or '': removed. */
  note: zMultiLineText({ max: NOTE_MAX_LENGTH }).nullable().optional(),
});
export type TAnswerChange = z.output<typeof ZAnswerChange>;

export const ZAnswerChanges = z
  .record(ZQuestionId, ZAnswerChange)
  .refine((answers) => Object.keys(answers).length > 0, 'validation.noAnswers')
  .refine((answers) => Object.keys(answers).length <= MAX_ANSWERS_PER_SAVE, 'validation.tooManyAnswers');

export const ZSaveAnswersInput = z.object({ assessmentId: zRecordId(), answers: ZAnswerChanges });

/** The body of PATCH /api/v1/assessments/{id}/answers (the id comes from the path). */
export const ZAnswersPatchBody = z.strictObject({ answers: ZAnswerChanges });
export type TSaveAnswersInput = z.output<typeof ZSaveAnswersInput>;

export const ZCreateAssessmentInput = z.object({
  clientCompanyId: zRecordId('validation.chooseClient'),
  /** 'reassessment' copies the answers of the client's last submitted assessment, marked for review. */
  kind: z.enum(['new', 'reassessment'], 'validation.invalid').default('new'),
});
export type TCreateAssessmentInput = z.output<typeof ZCreateAssessmentInput>;

export const ZAssessmentIdInput = z.object({ assessmentId: zRecordId() });
export type TAssessmentIdInput = z.output<typeof ZAssessmentIdInput>;

export const ZShareAssessmentInput = z.object({ assessmentId: zRecordId(), shared: z.boolean('validation.invalid') });

export const ZAnswersSinceQuery = z.object({
  // Revisions are PostgreSQL integers (int4).
  since: z.coerce.number('validation.invalid').int('validation.invalid').min(0, 'validation.invalid').max(2_147_483_647, 'validation.invalid').default(0),
});

export const ASSESSMENT_PAGE_SIZES = [10, 25, 50, 100] as const;

export const ZAssessmentListQuery = z.object({
  status: z.enum(AssessmentStatus, 'validation.invalid').optional(),
  clientCompanyId: zRecordId().optional(),
  q: zSearchTerm().optional(),
  page: zListPage(),
  pageSize: zListPageSize(ASSESSMENT_PAGE_SIZES, 25),
});
export type TAssessmentListQuery = z.output<typeof ZAssessmentListQuery>;
