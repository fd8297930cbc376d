// GET /api/v1/assessments/{assessmentId}/preview — provisional score of the answers so far (no premium)
import { apiRoute, found } from '@/lib/api/route';
import { answerValuesOf, listAnswers } from '@/lib/assessments/answers';
import { buildPreview } from '@/lib/assessments/preview';

export const GET = apiRoute({
  path: '/api/v1/assessments/[assessmentId]/preview',
  method: 'GET',
  handler: async ({ user, params, locale }) => {
    // One query: the answers name their questionnaire version.
    const answers = await listAnswers({ user, assessmentId: params.assessmentId! });
    return found(answers && buildPreview(answers.questionnaireVersion, answerValuesOf(Object.values(answers.answers)), locale));
  },
});
