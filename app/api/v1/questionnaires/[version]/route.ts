// GET /api/v1/questionnaires/{version}?lang=en|de — the question bank with its texts and logic
import { ZQuestionnaireQuery } from '@/lib/api/request-schemas';
import { apiRoute, found } from '@/lib/api/route';
import { getQuestionnaire } from '@/lib/questionnaire';
import { localizeQuestionnaire } from '@/lib/scoring';

export const GET = apiRoute({
  path: '/api/v1/questionnaires/[version]',
  method: 'GET',
  query: ZQuestionnaireQuery,
  handler: async ({ params, query, locale }) => {
    const questionnaire = getQuestionnaire(params.version!);
    return found(questionnaire ? localizeQuestionnaire(questionnaire, query.lang ?? locale) : null);
  },
});
