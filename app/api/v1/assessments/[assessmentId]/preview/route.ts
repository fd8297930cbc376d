// GET /api/v1/assessments/{assessmentId}/preview — provisional score of the answers so far (no premium)
import { apiRoute, found } from '@/lib/api/route';
import { listAnswers, answerValuesOf } from '@/lib/assessments/answers';
import { buildPreview } from '@/lib/assessments/preview';
import { getAssessmentForUser } from '@/lib/assessments/queries';

export const GET = apiRoute({
  path: '/api/v1/assessments/[assessmentId]/preview',
  method: 'GET',
  handler: async ({ user, params, locale }) => {
    const [assessment, answers] = await Promise.all([
      getAssessmentForUser({ user, assessmentId: params.assessmentId! }),
      listAnswers({ user, assessmentId: params.assessmentId! }),
    ]);
    if (!assessment || !answers) return found(null);
    return found(buildPreview(assessment.questionnaireVersion, answerValuesOf(Object.values(answers.answers)), locale));
  },
});
