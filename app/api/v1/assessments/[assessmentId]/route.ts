// GET /api/v1/assessments/{assessmentId} — status, answers, and the frozen result once submitted
import { apiRoute, found } from '@/lib/api/route';
import { getAssessmentDetailForUser } from '@/lib/assessments/queries';

export const GET = apiRoute({
  path: '/api/v1/assessments/[assessmentId]',
  method: 'GET',
  handler: async ({ user, params }) => found(await getAssessmentDetailForUser({ user, assessmentId: params.assessmentId! })),
});
