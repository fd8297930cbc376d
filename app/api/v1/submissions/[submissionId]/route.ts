// GET /api/v1/submissions/{submissionId} — a submission as its underwriters and the placing brokerage see it:
// status, terms, subjectivities, thread, overrides, decline reasons (the snapshot's answers and result: the assessment)
import { apiRoute, found } from '@/lib/api/route';
import { getSubmissionForUser } from '@/lib/placement/queries';

export const GET = apiRoute({
  path: '/api/v1/submissions/[submissionId]',
  method: 'GET',
  handler: async ({ user, params }) => {
    const submission = await getSubmissionForUser({ user, submissionId: params.submissionId! });
    if (!submission) return found(null);
    const { answers: _answers, result: _result, ...snapshot } = submission.snapshot;
    return found({ ...submission, snapshot });
  },
});
