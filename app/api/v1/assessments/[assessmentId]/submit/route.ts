// POST /api/v1/assessments/{assessmentId}/submit — freeze the draft into a snapshot (idempotent)
import { apiRoute } from '@/lib/api/route';
import { submitAssessment } from '@/lib/assessments/actions';
import { executeAction } from '@/lib/auth/action';

export const POST = apiRoute({
  path: '/api/v1/assessments/[assessmentId]/submit',
  method: 'POST',
  handler: ({ user, params }) => executeAction(submitAssessment, user, { assessmentId: params.assessmentId }),
});
