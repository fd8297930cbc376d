// Input schemas of the claim actions, shared by the first-notice form (react-hook-form, in the
// browser) and the server actions. Messages are catalog keys (claims.validation.* and validation.*).
import { z } from 'zod';
import { zMultiLineText, zRecordId, zSingleLineText } from '../validation';
import { CLAIM_STATUSES } from './claim-status';
import { NIS2_ENTITY_CLASSES } from './deadlines';
import { parseDateTimeInput } from './time';

export const INCIDENT_TYPES = [
  'identity_provider_compromise',
  'token_compromise',
  'business_email_compromise',
  'ransomware',
  'data_breach',
  'outage',
  'other',
] as const;
export type TIncidentType = (typeof INCIDENT_TYPES)[number];

export const MAX_CONTACTS = 5;
export const MAX_LIST_ITEMS = 20;
/** A discovery time a few minutes ahead is a clock difference, not the future. */
const CLOCK_SKEW_MS = 5 * 60_000;
const EARLIEST_DISCOVERY = Date.UTC(2000, 0, 1);

const zListItem = zSingleLineText({ min: 1, max: 200, tooShort: 'validation.required' });

export const ZClaimContact = z.object({
  name: zSingleLineText({ min: 2, max: 120, tooShort: 'validation.nameTooShort' }),
  role: zSingleLineText({ min: 2, max: 120, tooShort: 'claims.validation.contactRole' }),
  email: z.string().trim().toLowerCase().max(320, 'validation.tooLong').pipe(z.email('validation.emailInvalid')),
  phone: z.union([z.string().trim().regex(/^\+?[0-9 ()/.-]{5,30}$/, 'claims.validation.phoneInvalid'), z.literal('')]).transform((value) => value || null),
});
export type TClaimContact = z.output<typeof ZClaimContact>;

export const ZReportClaimInput = z.object({
  /** A broker names the client; a client user reports for their own company (the field is ignored). */
  clientCompanyId: zRecordId('validation.chooseClient').optional(),
  incidentType: z.enum(INCIDENT_TYPES, 'claims.validation.chooseIncidentType'),
  /** 'YYYY-MM-DDTHH:mm' on the Berlin wall clock (the form) or ISO 8601 with a zone (integrations). */
  discoveredAt: z
    .string('claims.validation.discoveredAtInvalid')
    .transform((value, context) => {
      const instant = parseDateTimeInput(value.trim());
      if (!instant || instant.getTime() < EARLIEST_DISCOVERY) {
        context.addIssue({ code: 'custom', message: 'claims.validation.discoveredAtInvalid' });
        return z.NEVER;
      }
      return instant;
    })
    .refine((instant) => instant.getTime() <= Date.now() + CLOCK_SKEW_MS, 'claims.validation.discoveredInFuture'),
  description: zMultiLineText({ max: 5000 }).refine((value) => value.trim().length >= 20, 'claims.validation.describeIncident'),
  affectedServices: z.array(zListItem).max(MAX_LIST_ITEMS, 'claims.validation.tooManyItems'),
  affectedData: z.array(zListItem).max(MAX_LIST_ITEMS, 'claims.validation.tooManyItems'),
  actionsTaken: zMultiLineText({ max: 5000 }).transform((value) => value.trim() || null),
  contacts: z.array(ZClaimContact).min(1, 'claims.validation.contactRequired').max(MAX_CONTACTS, 'claims.validation.tooManyContacts'),
  personalDataAffected: z.boolean('validation.invalid'),
  nis2Entity: z.enum(NIS2_ENTITY_CLASSES, 'claims.validation.chooseNis2'),
});
export type TReportClaimInput = z.output<typeof ZReportClaimInput>;
export type TReportClaimValues = z.input<typeof ZReportClaimInput>;

export const ZTransitionClaimInput = z.object({
  claimId: zRecordId(),
  to: z.enum(CLAIM_STATUSES, 'validation.invalid'),
  /** The claim's version the move was offered on: a move on a claim changed meanwhile is refused. */
  version: z.number('validation.invalid').int('validation.invalid').min(1, 'validation.invalid').max(2_147_483_647, 'validation.invalid'),
});

/** 'playbook:<step id>' or 'evidence:<evidence item id>' of the claim's snapshot. */
export const ZClaimChecklistItemId = z.string().regex(/^(playbook|evidence):[a-z][a-z0-9_]{0,63}$/, 'validation.invalid');

export const ZTickClaimItemInput = z.object({ claimId: zRecordId(), itemId: ZClaimChecklistItemId, done: z.boolean('validation.invalid') });

export const ZAddClaimNoteInput = z.object({
  claimId: zRecordId(),
  body: zMultiLineText({ max: 4000 }).refine((value) => value.trim().length > 0, 'claims.validation.noteEmpty'),
});

export const CLAIM_PAGE_SIZES = [25] as const;
export const ZClaimListQuery = z.object({
  status: z.enum(CLAIM_STATUSES, 'validation.invalid').optional(),
  page: z.coerce.number('validation.invalid').int('validation.invalid').min(1, 'validation.invalid').max(100_000, 'validation.invalid').default(1),
  pageSize: z.coerce.number('validation.invalid').refine((size) => (CLAIM_PAGE_SIZES as readonly number[]).includes(size), 'validation.pageSize').default(25),
});
export type TClaimListQuery = z.output<typeof ZClaimListQuery>;

/** One entry per line: the form's lists (affected services and data) as text areas. */
export function splitLines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The first-notice form: the same fields, the lists typed one per line (derived, not redeclared). */
export const ZReportClaimForm = ZReportClaimInput.extend({
  affectedServices: z.string().transform(splitLines).pipe(ZReportClaimInput.shape.affectedServices),
  affectedData: z.string().transform(splitLines).pipe(ZReportClaimInput.shape.affectedData),
});
export type TReportClaimFormValues = z.input<typeof ZReportClaimForm>;
