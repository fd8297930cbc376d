// The shapes the REST API answers with, as zod schemas: they document the responses in the OpenAPI
// document and the API tests parse real responses with them, so the document cannot drift from
// what the handlers send. (Request bodies and queries use the features' own input schemas.)
import { z } from 'zod';
import { AssessmentStatus } from '../db/generated/enums';

const zDateTime = z.iso.datetime({ offset: true }).describe('ISO 8601 date-time');
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

export const ZClientCompanyPage = z.object({
  items: z.array(ZClientCompany),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
});

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

export const ZAssessmentPage = z.object({
  items: z.array(ZAssessmentSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
});

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

export const ZHealth = z.object({ status: z.string() }).loose();
