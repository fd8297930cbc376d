// GET /api/v1/assessments — the caller's assessments (filter by status, client, name; page)
// POST /api/v1/assessments — start an assessment or a reassessment of a client company
import { apiRoute } from '@/lib/api/route';
import { createAssessment } from '@/lib/assessments/actions';
import { findAssessmentsForUser } from '@/lib/assessments/queries';
import { ZAssessmentListQuery, ZCreateAssessmentInput } from '@/lib/assessments/schemas';
import { executeAction } from '@/lib/auth/action';

export const GET = apiRoute({
  path: '/api/v1/assessments',
  method: 'GET',
  query: ZAssessmentListQuery,
  handler: async ({ user, query }) => ({ ok: true, data: await findAssessmentsForUser({ user, query }) }),
});

export const POST = apiRoute({
  path: '/api/v1/assessments',
  method: 'POST',
  body: ZCreateAssessmentInput,
  successStatus: 201,
  handler: ({ user, body }) => executeAction(createAssessment, user, body),
});
