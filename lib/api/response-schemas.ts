// The shapes the REST API answers with, as zod schemas: they document the responses in the OpenAPI
// document and the API tests parse real responses with them, so the document cannot drift from
// what the handlers send. (Request bodies and queries use the features' own input schemas.)
import { z } from 'zod';
import { CLAIM_STATUSES } from '../claims/claim-status';
import { CLAIM_DEADLINE_BASES, NIS2_ENTITY_CLASSES } from '../claims/deadlines';
import { AssessmentStatus, SubjectivityStatus, SubmissionStatus } from '../db/generated/enums';

const zDateTime = z.iso.datetime({ offset: true }).describe('ISO 8601 date-time');
const zDate = z.iso.date().describe('YYYY-MM-DD');
const zPerson = z.object({ id: z.string(), name: z.string() });
const zAnswerValue = z.union([z.string(), z.number(), z.array(z.string())]).describe('Option id, option ids, number, or YYYY-MM-DD date');

export const ZProblemBody = z
  .object({
    problems: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
  })
  .loose()
  .describe('Every problem with the request; `path` names the field (dotted), empty for the request as a whole.');

export const ZClientCompany = z.object({
  id: z.string(),
  name: z.string(),
  industry: z.string(),
  country: z.string().describe('ISO 3166-1 alpha-2'),
  revenueBand: z.string(),
  employeeCount: z.number().int(),
  updatedAt: zDateTime,
  assessmentCount: z.number().int(),
});

/** One page of a list (lib/pagination.ts). */
function zPage<TItem extends z.ZodType>(item: TItem) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), pageCount: z.number().int() });
}

export const ZClientCompanyPage = zPage(ZClientCompany);

const zResultFigures = z.object({ score: z.number(), grade: z.string(), masterKeyExposure: z.number() });

export const ZClientCompanyDetail = ZClientCompany.extend({
  emailDomain: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  createdAt: zDateTime,
  brokerageName: z.string(),
  responsibleBrokerName: z.string().nullable(),
  assessments: z.array(
    z.object({
      id: z.string(),
      status: z.enum(AssessmentStatus),
      questionnaireVersion: z.string(),
      createdAt: zDateTime,
      updatedAt: zDateTime,
      submittedAt: zDateTime.nullable(),
      previousAssessmentId: z.string().nullable(),
      insurerNames: z.array(z.string()),
      scores: zResultFigures.extend({ modelVersion: z.string() }).nullable(),
    }),
  ),
});

export const ZClientCreated = z.object({ id: z.string(), name: z.string() });
export const ZClientUpdated = z.object({ id: z.string(), name: z.string(), changed: z.array(z.string()) });

export const ZAnswerRecord = z.object({
  questionId: z.string(),
  value: zAnswerValue.nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  carriedOver: z.boolean(),
  updatedAt: zDateTime,
  updatedBy: zPerson.nullable(),
});

export const ZAnswersState = z.object({
  assessmentId: z.string(),
  status: z.enum(AssessmentStatus),
  questionnaireVersion: z.string(),
  revision: z.number().int(),
  answers: z.record(z.string(), ZAnswerRecord),
});

export const ZAnswerConflictBody = z.union([
  ZProblemBody.extend({
    reason: z.literal('answer_changed'),
    conflicts: z.array(z.object({ questionId: z.string(), baseVersion: z.number().int(), current: ZAnswerRecord })).describe('Each refused answer as it stands now: value, version, who changed it and when'),
  }),
  ZProblemBody.extend({ reason: z.literal('not_draft'), status: z.enum(AssessmentStatus).describe('The assessment was submitted: it is read-only') }),
]);

export const ZAssessmentSummary = z.object({
  id: z.string(),
  status: z.enum(AssessmentStatus),
  questionnaireVersion: z.string(),
  revision: z.number().int(),
  submittedAt: zDateTime.nullable(),
  createdAt: zDateTime,
  updatedAt: zDateTime,
  sharedWithClientAt: zDateTime.nullable(),
  previousAssessmentId: z.string().nullable(),
  clientCompany: z.object({ id: z.string(), name: z.string(), industry: z.string(), country: z.string(), revenueBand: z.string() }),
  brokerName: z.string(),
  brokerageName: z.string(),
  insurerNames: z.array(z.string()),
  scores: zResultFigures.nullable(),
});

export const ZAssessmentPage = zPage(ZAssessmentSummary);

export const ZAssessmentCreated = z.object({ id: z.string(), questionnaireVersion: z.string() });

export const ZSnapshot = z.object({
  id: z.string(),
  sequence: z.number().int(),
  questionnaireVersion: z.string(),
  modelVersion: z.string(),
  digest: z.string().describe('SHA-256 of the canonical JSON of versions, answers and result'),
  score: z.number(),
  grade: z.string(),
  masterKeyExposure: z.number(),
  submittedAt: zDateTime,
  submittedBy: zPerson.nullable(),
});

export const ZAssessmentDetail = ZAssessmentSummary.extend({
  answers: z.record(z.string(), ZAnswerRecord),
  snapshot: ZSnapshot.nullable(),
  result: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe('The full final scoring result (three stages and loss estimate) frozen at submission; see docs/scoring-model.md'),
});

export const ZSubmitResult = z.object({ snapshot: ZSnapshot, alreadySubmitted: z.boolean() });

const severityCounts = z.object({ critical: z.number().int(), high: z.number().int(), medium: z.number().int(), low: z.number().int() });

export const ZPreview = z.object({
  provisional: z.boolean(),
  score: z.number(),
  grade: z.string(),
  uncappedGrade: z.string(),
  gradeLabel: z.string(),
  sections: z.array(z.object({ sectionId: z.string(), score: z.number().nullable() })),
  masterKey: z.object({ score: z.number(), level: z.string(), levelLabel: z.string() }),
  findingCounts: severityCounts,
  topFindings: z.array(z.object({ id: z.string(), severity: z.enum(['critical', 'high', 'medium', 'low']), title: z.string() })),
  completeness: z.object({ requiredVisible: z.number().int(), requiredAnswered: z.number().int(), missingQuestionIds: z.array(z.string()) }),
});

export const ZQuestionnaireDocument = z
  .object({
    version: z.string(),
    locale: z.string(),
    sections: z.array(z.object({ id: z.string(), title: z.string(), description: z.string() }).loose()),
    questions: z.array(
      z
        .object({ id: z.string(), sectionId: z.string(), type: z.string(), required: z.boolean(), text: z.string(), help: z.string() })
        .loose()
        .describe('A question with its logic (options, bounds, visibleWhen) and texts'),
    ),
  })
  .loose();

const zSubmissionStatus = z.enum(SubmissionStatus);
const zEur = z.number().int().nullable().describe('EUR');

/** What every view of a submission names: whose, which status, and the grades (the model's and the one in force). */
const zSubmissionFacts = {
  id: z.string(),
  status: zSubmissionStatus,
  submittedAt: zDateTime,
  clientName: z.string(),
  industry: z.string(),
  grade: z.string().describe("The model's grade"),
  effectiveGrade: z.string().describe("The grade in force: the newest override's, else the model's"),
  score: z.number(),
};

/** A row of the underwriter's review queue (the same rows as /underwriting and its CSV). */
export const ZSubmissionQueueRow = z.object({
  ...zSubmissionFacts,
  masterKeyExposure: z.number(),
  identityProviders: z.array(z.string()),
  ageDays: z.number().int().describe('Whole days since submission'),
  quoteValidUntil: zDate.nullable(),
  isQuoteExpired: z.boolean().describe('Quoted, and valid until a day before today: it can no longer be bound'),
  overdueSubjectivities: z.number().int().describe('Subjectivities not accepted yet whose due date has passed'),
});

export const ZSubmissionQueuePage = zPage(ZSubmissionQueueRow)
  .extend({
    statusCounts: z.record(zSubmissionStatus, z.number().int()).describe('Per status, for the filters without the status'),
    allStatusesTotal: z.number().int(),
  })
  .describe("An underwriter: their insurer's review queue");

/** A submission of the broker's brokerage, to any insurer. */
export const ZSubmissionListItem = z.object({
  ...zSubmissionFacts,
  assessmentId: z.string(),
  version: z.number().int().describe('Bumped by every change'),
  insurerName: z.string(),
  statusChangedAt: zDateTime,
  quoteValidUntil: zDate.nullable(),
});

export const ZSubmissionList = z.union([ZSubmissionQueuePage, zPage(ZSubmissionListItem).describe("A broker: their brokerage's submissions")]);

const zAuthored = { id: z.string(), authorName: z.string().nullable(), createdAt: zDateTime };

export const ZSubmissionDetail = ZSubmissionListItem.omit({ quoteValidUntil: true }).extend({
  placementId: z.string(),
  country: z.string(),
  brokerageName: z.string(),
  brokerName: z.string(),
  masterKeyExposure: z.number(),
  terms: z.object({ limitEur: zEur, retentionEur: zEur, premiumEur: zEur, validUntil: zDate.nullable() }).describe('The quoted terms (all null before a quote)'),
  declineReasons: z.array(z.string()),
  declineNote: z.string().nullable(),
  subjectivities: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      dueDate: zDate,
      status: z.enum(SubjectivityStatus),
      fulfilledNote: z.string().nullable(),
      fulfilledAt: zDateTime.nullable(),
      evidence: z.object({ id: z.string(), fileName: z.string(), size: z.number().int(), contentType: z.string() }).nullable(),
      reviewNote: z.string().nullable(),
      reviewedAt: zDateTime.nullable(),
    }),
  ),
  placement: z.object({ requestedLimitEur: z.number().int(), requestedRetentionEur: z.number().int(), coverStartDate: zDate, isBoundElsewhere: z.boolean() }),
  messages: z.array(z.object({ ...zAuthored, kind: z.string().describe('question | answer | note'), body: z.string() })).describe('The thread, oldest first'),
  overrides: z
    .array(z.object({ ...zAuthored, target: z.string(), modelValue: z.string(), overrideValue: z.string(), justification: z.string() }))
    .describe('Every override, newest first; the newest per target is in force'),
  snapshot: z
    .object({ id: z.string(), sequence: z.number().int().describe('1 for the first submission; a revision after questions is the next'), questionnaireVersion: z.string(), submittedAt: zDateTime })
    .describe('The snapshot under review (its answers and result: GET /api/v1/assessments/{assessmentId})'),
  revision: z
    .object({
      isOpen: z.boolean().describe('The broker is revising the answers (the assessment is REVISING)'),
      readySequence: z.number().int().nullable().describe('A newer snapshot that answering would resubmit'),
      changedQuestionIds: z.array(z.string()).describe('Answers this snapshot changed against the version before it'),
    })
    .describe('Revising the answers after an insurer’s questions'),
  answerNotes: z.record(z.string(), z.string()).describe("The broker's notes on the answers, by question id"),
  history: z
    .array(z.object({ id: z.string(), assessmentId: z.string(), submittedAt: zDateTime, grade: z.string(), effectiveGrade: z.string(), score: z.number(), status: zSubmissionStatus }))
    .describe("The client's other submissions to the same insurer, newest first"),
});

const zClaimStatus = z.enum(CLAIM_STATUSES);

export const ZClaimListItem = z.object({
  id: z.string(),
  reference: z.string(),
  status: zClaimStatus,
  incidentType: z.string(),
  discoveredAt: zDateTime,
  createdAt: zDateTime,
  clientName: z.string(),
  insurerName: z.string().nullable().describe('The insurer of the cover in force, if one was bound'),
});

export const ZClaimPage = zPage(ZClaimListItem);

export const ZClaimDetail = ZClaimListItem.omit({ clientName: true }).extend({
  version: z.number().int(),
  description: z.string(),
  affectedServices: z.array(z.string()),
  affectedData: z.array(z.string()),
  actionsTaken: z.string().nullable(),
  contacts: z.array(z.object({ name: z.string(), role: z.string(), email: z.string(), phone: z.string().nullable() })),
  personalDataAffected: z.boolean(),
  nis2Entity: z.enum(NIS2_ENTITY_CLASSES),
  reportedByName: z.string().nullable(),
  clientCompany: z.object({ id: z.string(), name: z.string() }),
  brokerageName: z.string(),
  assessmentId: z.string(),
  snapshot: z.object({ id: z.string(), questionnaireVersion: z.string(), submittedAt: zDateTime }).describe('The snapshot in force at discovery'),
  deadlines: z
    .array(z.object({ id: z.string().describe("The scoring model's deadline id, e.g. gdpr_art33_72h"), dueAt: zDateTime.nullable().describe('Null: without undue delay'), basis: z.enum(CLAIM_DEADLINE_BASES) }))
    .describe('Notification deadlines counted from discovery, soonest first'),
  checklist: z.record(z.string(), z.object({ doneByName: z.string().nullable(), doneAt: zDateTime })).describe("Ticked items ('playbook:<id>' | 'evidence:<id>'): who and when"),
  timeline: z.array(
    z.object({
      ...zAuthored,
      kind: z.enum(['status', 'checklist', 'note']),
      data: z.object({ from: zClaimStatus.optional(), to: zClaimStatus.optional(), itemId: z.string().optional(), done: z.boolean().optional() }),
      body: z.string().nullable(),
    }),
  ),
});

export const ZHealth = z.object({ status: z.string() }).loose();
