// Input schemas of the placement and underwriting actions, shared by the forms and the server
// actions. Messages are catalog keys (validation.*). Money in whole euros; dates 'YYYY-MM-DD'.
import { z } from 'zod';
import { zMultiLineText, zRecordId } from '../validation';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date 'YYYY-MM-DD' that exists (2027-02-30 does not). */
export const zIsoDate = () =>
  z
    .string('validation.dateInvalid')
    .regex(ISO_DATE, 'validation.dateInvalid')
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    }, 'validation.dateInvalid');

const zEuros = (max: number) => z.coerce.number('validation.amountInvalid').int('validation.amountInvalid').min(0, 'validation.amountInvalid').max(max, 'validation.amountInvalid');

/** Every write on a submission names the version it saw: a stale one is a conflict, nothing is written. */
const zVersion = () => z.coerce.number('validation.invalid').int('validation.invalid').min(1, 'validation.invalid').max(1_000_000_000, 'validation.invalid');

const zRequiredText = (max: number) => zMultiLineText({ max }).refine((value) => value.trim().length > 0, 'validation.required');

export const MAX_INSURERS_PER_PLACEMENT = 10;

/** Offer a submitted assessment to insurers; on an existing placement, add insurers (the cover request stays). */
export const ZCreatePlacementInput = z.object({
  assessmentId: zRecordId(),
  insurerIds: z.array(zRecordId(), 'validation.chooseInsurer').min(1, 'validation.chooseInsurer').max(MAX_INSURERS_PER_PLACEMENT, 'validation.tooMany'),
  requestedLimitEur: zEuros(500_000_000).refine((value) => value >= 50_000, 'validation.limitTooLow'),
  requestedRetentionEur: zEuros(50_000_000),
  coverStartDate: zIsoDate(),
  message: zMultiLineText({ max: 4000 }).optional(),
});
export type TCreatePlacementInput = z.output<typeof ZCreatePlacementInput>;

export const ZSubmissionVersionInput = z.object({ submissionId: zRecordId(), version: zVersion() });

/** 'grade' or 'section:<sectionId>'. */
export const ZOverrideTarget = z.string('validation.invalid').regex(/^(grade|section:[a-z][a-z0-9_]{0,63})$/, 'validation.invalid');

export const ZOverrideInput = ZSubmissionVersionInput.extend({
  target: ZOverrideTarget,
  /** A grade letter A–E, or a section score 0–100 (checked against the target by the action). */
  value: z.string('validation.invalid').trim().min(1, 'validation.required').max(10, 'validation.tooLong'),
  justification: zMultiLineText({ max: 2000 }).refine((value) => value.trim().length >= 10, 'validation.justificationRequired'),
});
export type TOverrideInput = z.output<typeof ZOverrideInput>;

export const ZRequestInformationInput = ZSubmissionVersionInput.extend({ questions: zRequiredText(4000) });

export const MAX_SUBJECTIVITIES = 20;

export const ZSubjectivityDraft = z.object({ text: zRequiredText(500), dueDate: zIsoDate() });

export const ZQuoteInput = ZSubmissionVersionInput.extend({
  limitEur: zEuros(500_000_000).refine((value) => value >= 50_000, 'validation.limitTooLow'),
  retentionEur: zEuros(50_000_000),
  premiumEur: zEuros(50_000_000).refine((value) => value > 0, 'validation.amountInvalid'),
  validUntil: zIsoDate(),
  subjectivities: z.array(ZSubjectivityDraft).max(MAX_SUBJECTIVITIES, 'validation.tooMany').default([]),
});
export type TQuoteInput = z.output<typeof ZQuoteInput>;

export const DECLINE_REASONS = ['master_key_exposure', 'grade_too_low', 'outside_appetite', 'accumulation', 'incomplete_information', 'other'] as const;

export const ZDeclineInput = ZSubmissionVersionInput.extend({
  reasons: z.array(z.enum(DECLINE_REASONS, 'validation.invalid'), 'validation.chooseReason').min(1, 'validation.chooseReason').max(DECLINE_REASONS.length),
  note: zMultiLineText({ max: 2000 }).optional(),
});

export const ZReviewSubjectivityInput = ZSubmissionVersionInput.extend({
  subjectivityId: zRecordId(),
  decision: z.enum(['accept', 'reopen'], 'validation.invalid'),
  note: zMultiLineText({ max: 2000 }).optional(),
});

export const ZRespondInput = ZSubmissionVersionInput.extend({ answer: zRequiredText(4000) });

export const ZWithdrawInput = ZSubmissionVersionInput.extend({ reason: zMultiLineText({ max: 2000 }).optional() });

export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] as const;

/** An uploaded evidence file: at most 5 MB of PDF, PNG, JPEG or plain text. */
export const ZEvidenceFile = z
  .instanceof(File, { message: 'validation.fileInvalid' })
  .refine((file) => file.size > 0, 'validation.fileEmpty')
  .refine((file) => file.size <= EVIDENCE_MAX_BYTES, 'validation.fileTooLarge')
  .refine((file) => (EVIDENCE_CONTENT_TYPES as readonly string[]).includes(file.type.split(';')[0]!.trim().toLowerCase()), 'validation.fileType')
  .refine((file) => file.name.length > 0 && file.name.length <= 200, 'validation.fileInvalid');

export const ZFulfilSubjectivityInput = ZSubmissionVersionInput.extend({
  subjectivityId: zRecordId(),
  note: zMultiLineText({ max: 2000 }).optional(),
  file: ZEvidenceFile.optional(),
}).refine((input) => (input.note?.trim().length ?? 0) > 0 || input.file !== undefined, { message: 'validation.noteOrFile', path: ['note'] });

export const ZMarkNotificationsReadInput = z.object({
  /** The notifications to mark read; omitted: all of the user's. */
  notificationIds: z.array(zRecordId()).max(200, 'validation.tooMany').optional(),
});
