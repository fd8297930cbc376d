// GET /api/v1/assessments/{assessmentId}/answers?since=N — answers changed after revision N (all without)
// PATCH /api/v1/assessments/{assessmentId}/answers — save answers, each naming its version (409 when stale)
import { apiRoute, found } from '@/lib/api/route';
import { saveAssessmentAnswers } from '@/lib/assessments/actions';
import { listAnswers } from '@/lib/assessments/answers';
import { ZAnswersPatchBody, ZAnswersSinceQuery } from '@/lib/assessments/schemas';
import { executeAction } from '@/lib/auth/action';

export const GET = apiRoute({
  path: '/api/v1/assessments/[assessmentId]/answers',
  method: 'GET',
  query: ZAnswersSinceQuery,
  handler: async ({ user, params, query }) => found(await listAnswers({ user, assessmentId: params.assessmentId!, since: query.since })),
});

export const PATCH = apiRoute({
  path: '/api/v1/assessments/[assessmentId]/answers',
  method: 'PATCH',
  body: ZAnswersPatchBody,
  handler: ({ user, params, body }) => executeAction(saveAssessmentAnswers, user, { assessmentId: params.assessmentId, answers: body.answers }),
});
