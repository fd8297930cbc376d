// GET /api/v1/submissions/{submissionId} — a submission as its underwriters and the placing brokerage see it:
// status, terms, subjectivities, thread, overrides, decline reasons (the snapshot's answers and result: the assessment)
import { apiRoute, found } from '@/lib/api/route';
import { changedAnswerIds } from '@/lib/assessments/answer-diff';
import { getSubmissionForUser } from '@/lib/placement/queries';
import { getQuestionnaire } from '@/lib/questionnaire';

export const GET = apiRoute({
  path: '/api/v1/submissions/[submissionId]',
  method: 'GET',
  handler: async ({ user, params }) => {
    const submission = await getSubmissionForUser({ user, submissionId: params.submissionId! });
    if (!submission) return found(null);
    const { answers, result: _result, ...snapshot } = submission.snapshot;
    const { previous, ...revision } = submission.revision;
    const changedQuestionIds = previous ? changedAnswerIds({ before: previous.answers, after: answers, order: getQuestionnaire(snapshot.questionnaireVersion)?.questions.map((question) => question.id) ?? [] }) : [];
    return found({ ...submission, snapshot, revision: { ...revision, changedQuestionIds } });
  },
});
