// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers parse with
// (requests) and the tests check responses against (responses). lib/api/openapi.test.ts holds the
// operations here equal to the route registry's /api/v1 entries, method by method.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ZAnswersPatchBody, ZAnswersSinceQuery, ZAssessmentListQuery, ZCreateAssessmentInput } from '../assessments/schemas';
import { ZClaimListQuery } from '../claims/schemas';
import { ZClientListQuery, ZCreateClientCompanyInput, ZUpdateClientCompanyFields } from '../clients/schemas';
import { ZQueueQuery } from '../underwriting/schemas';
import type { THttpMethod } from '../auth/route-registry';
import { ZQuestionnaireQuery, ZReportQuery } from './request-schemas';
import {
  ZAnswerConflictBody,
  ZAnswersState,
  ZAssessmentCreated,
  ZAssessmentDetail,
  ZAssessmentPage,
  ZClaimDetail,
  ZClaimPage,
  ZClientCompanyDetail,
  ZClientCompanyPage,
  ZClientCreated,
  ZClientUpdated,
  ZPreview,
  ZProblemBody,
  ZQuestionnaireDocument,
  ZSubmissionDetail,
  ZSubmissionList,
  ZSubmitResult,
} from './response-schemas';

export type TOperation = {
  /** The route registry's path ('/api/v1/clients/[clientId]'); OpenAPI spells parameters {clientId}. */
  path: string;
  method: THttpMethod;
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success status and schema; `contentType` for a response that is not JSON (the PDF report). */
  success: { status: 200 | 201; schema: z.ZodType; description: string; contentType?: 'application/pdf' };
  /** Error statuses this operation can answer besides 401/403 (and 404 for a path with a record id). */
  errors?: Array<{ status: 400 | 409 | 413 | 415; description: string; schema?: z.ZodType }>;
  public?: boolean;
};

const recordParam = (name: string) => z.object({ [name]: z.string().describe('Record id') });

export const OPERATIONS: TOperation[] = [
  {
    path: '/api/v1/openapi.json',
    method: 'GET',
    summary: 'This document',
    success: { status: 200, schema: z.record(z.string(), z.unknown()), description: 'The OpenAPI 3.1 document' },
    public: true,
  },
  {
    path: '/api/v1/questionnaires/[version]',
    method: 'GET',
    summary: 'A version of the question bank with its logic and texts (?lang=en|de)',
    query: ZQuestionnaireQuery,
    success: { status: 200, schema: ZQuestionnaireDocument, description: 'The questionnaire' },
    errors: [{ status: 400, description: 'Unknown language' }],
  },
  {
    path: '/api/v1/clients',
    method: 'GET',
    summary: "The caller's client companies: search by name, sort, page",
    query: ZClientListQuery,
    success: { status: 200, schema: ZClientCompanyPage, description: 'One page of client companies' },
    errors: [{ status: 400, description: 'Invalid query' }],
  },
  {
    path: '/api/v1/clients',
    method: 'POST',
    summary: "Create a client company in the caller's brokerage (the caller becomes its responsible broker)",
    body: ZCreateClientCompanyInput,
    success: { status: 201, schema: ZClientCreated, description: 'Created' },
    errors: [
      { status: 400, description: 'Invalid fields' },
      { status: 413, description: 'Body too large' },
      { status: 415, description: 'Not application/json' },
    ],
  },
  {
    path: '/api/v1/clients/[clientId]',
    method: 'GET',
    summary: 'One client company with its assessments',
    success: { status: 200, schema: ZClientCompanyDetail, description: 'The client company' },
  },
  {
    path: '/api/v1/clients/[clientId]',
    method: 'PATCH',
    summary: 'Change fields of a client company',
    body: ZUpdateClientCompanyFields,
    success: { status: 200, schema: ZClientUpdated, description: 'Updated (changed lists the fields that changed)' },
    errors: [
      { status: 400, description: 'Invalid fields' },
      { status: 413, description: 'Body too large' },
      { status: 415, description: 'Not application/json' },
    ],
  },
  {
    path: '/api/v1/assessments',
    method: 'GET',
    summary: "The caller's assessments: filter by status, client or client name; page",
    query: ZAssessmentListQuery,
    success: { status: 200, schema: ZAssessmentPage, description: 'One page of assessments' },
    errors: [{ status: 400, description: 'Invalid query' }],
  },
  {
    path: '/api/v1/assessments',
    method: 'POST',
    summary: 'Start an assessment of a client, or a reassessment that carries over the last submitted answers for review',
    body: ZCreateAssessmentInput,
    success: { status: 201, schema: ZAssessmentCreated, description: 'The new draft' },
    errors: [
      { status: 400, description: 'Invalid fields' },
      { status: 409, description: 'The client has a draft already, or nothing to reassess' },
      { status: 413, description: 'Body too large' },
      { status: 415, description: 'Not application/json' },
    ],
  },
  {
    path: '/api/v1/assessments/[assessmentId]',
    method: 'GET',
    summary: 'An assessment: status, every answer with its version and author, and the frozen result once submitted',
    success: { status: 200, schema: ZAssessmentDetail, description: 'The assessment' },
  },
  {
    path: '/api/v1/assessments/[assessmentId]/answers',
    method: 'GET',
    summary: 'Answers changed after revision `since` (all answers without it)',
    query: ZAnswersSinceQuery,
    success: { status: 200, schema: ZAnswersState, description: 'Answers and the revision they reach' },
    errors: [{ status: 400, description: 'Invalid query' }],
  },
  {
    path: '/api/v1/assessments/[assessmentId]/answers',
    method: 'PATCH',
    summary: 'Save answers of a draft; each change names the version it is based on (0: never answered), null clears',
    body: ZAnswersPatchBody,
    success: { status: 200, schema: ZAnswersState, description: 'The saved answers with their new versions' },
    errors: [
      { status: 400, description: 'Invalid values, unknown questions, or questions that the other answers hide; nothing is saved' },
      { status: 409, description: 'Somebody changed an answer first (the current values are returned), or the assessment was submitted; nothing is saved', schema: ZAnswerConflictBody },
      { status: 413, description: 'Body too large' },
      { status: 415, description: 'Not application/json' },
    ],
  },
  {
    path: '/api/v1/assessments/[assessmentId]/preview',
    method: 'GET',
    summary: 'Provisional score of the answers so far (no premium)',
    success: { status: 200, schema: ZPreview, description: 'The preview' },
  },
  {
    path: '/api/v1/assessments/[assessmentId]/submit',
    method: 'POST',
    summary: 'Freeze the draft: answers, versions and the full result become an immutable snapshot. Idempotent.',
    success: { status: 200, schema: ZSubmitResult, description: 'The snapshot (alreadySubmitted: true when an earlier request made it)' },
    errors: [{ status: 409, description: 'Answers missing or carried over unconfirmed (problems name them); nothing is saved' }],
  },
  {
    path: '/api/v1/assessments/[assessmentId]/report.pdf',
    method: 'GET',
    summary:
      'The PDF risk report of the latest snapshot (?lang=en|de, else the reader’s language): an attachment named Signet-Risk-Report-<client>-<date>.pdf, the same bytes for the same snapshot, language and terms (ETag: its content hash), Cache-Control: private, no-store. A draft without a snapshot is a 404.',
    query: ZReportQuery,
    success: { status: 200, schema: z.string().meta({ format: 'binary' }), description: 'The report (application/pdf)', contentType: 'application/pdf' },
    errors: [{ status: 400, description: 'Unknown language' }],
  },
  {
    path: '/api/v1/submissions',
    method: 'GET',
    summary:
      "An underwriter: their insurer's review queue, as /underwriting shows it (filters, sort, page, and the count per status for the filters without the status). A broker: their brokerage's submissions to every insurer, with the same filters, sort and page.",
    query: ZQueueQuery,
    success: { status: 200, schema: ZSubmissionList, description: 'One page of submissions' },
    errors: [{ status: 400, description: 'Invalid query' }],
  },
  {
    path: '/api/v1/submissions/[submissionId]',
    method: 'GET',
    summary: 'A submission: status, terms, subjectivities, the thread, overrides with the model’s value and their justification, decline reasons',
    success: { status: 200, schema: ZSubmissionDetail, description: 'The submission' },
  },
  {
    path: '/api/v1/claims',
    method: 'GET',
    summary: 'The claims the caller may see (a broker their clients’, a client their own company’s, an underwriter those under cover it bound), newest first',
    query: ZClaimListQuery,
    success: { status: 200, schema: ZClaimPage, description: 'One page of claims' },
    errors: [{ status: 400, description: 'Invalid query' }],
  },
  {
    path: '/api/v1/claims/[claimId]',
    method: 'GET',
    summary: 'A claim: status, incident, notification deadlines counted from discovery, checklist and timeline',
    success: { status: 200, schema: ZClaimDetail, description: 'The claim' },
  },
];

export const OPENAPI_PATH_PARAMETER = /\[([^\]]+)\]/g;

export function toOpenApiPath(path: string): string {
  return path.replace(OPENAPI_PATH_PARAMETER, '{$1}');
}

let cached: ReturnType<OpenApiGeneratorV31['generateDocument']> | null = null;

export function buildOpenApiDocument() {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal API token (Profile → API tokens), sent as `Authorization: Bearer sgn_…`. Browser sessions work too (same-origin requests only for writes).',
  });
  const problem = ZProblemBody.meta({ id: 'Problems' });
  for (const operation of OPERATIONS) {
    const parameters = [...operation.path.matchAll(OPENAPI_PATH_PARAMETER)].map((match) => match[1]!);
    const responses: Record<string, { description: string; content?: Record<string, { schema: z.ZodType }> }> = {
      [operation.success.status]: { description: operation.success.description, content: { [operation.success.contentType ?? 'application/json']: { schema: operation.success.schema } } },
    };
    for (const error of operation.errors ?? []) responses[error.status] = { description: error.description, content: { 'application/json': { schema: error.schema ?? problem } } };
    if (!operation.public) {
      responses[401] = { description: 'Not signed in, or the token is unknown, revoked or expired', content: { 'application/json': { schema: problem } } };
      responses[403] = { description: "The caller's role may not do this", content: { 'application/json': { schema: problem } } };
    }
    if (parameters.length > 0) responses[404] = { description: 'No such record, or another tenant’s (indistinguishable)', content: { 'application/json': { schema: problem } } };
    registry.registerPath({
      method: operation.method.toLowerCase() as 'get',
      path: toOpenApiPath(operation.path),
      summary: operation.summary,
      security: operation.public ? [] : [{ bearerToken: [] }],
      request: {
        ...(parameters.length > 0 ? { params: parameters.reduce((schema, name) => schema.extend(recordParam(name).shape), z.object({})) } : {}),
        ...(operation.query ? { query: operation.query } : {}),
        ...(operation.body ? { body: { content: { 'application/json': { schema: operation.body } } } } : {}),
      },
      responses,
    });
  }
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Signet API',
      version: '1',
      description: 'Clients, assessments, answers, submissions and claims of Signet, the identity-provider exposure assessment for cyber insurance. Errors answer `{ problems: [{ path, code, message }] }`.',
    },
    servers: [{ url: '/' }],
  });
  return cached;
}
