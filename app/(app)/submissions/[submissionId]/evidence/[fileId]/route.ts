// GET /submissions/:submissionId/evidence/:fileId — download an evidence file of a subjectivity
// (the placing broker and the insurer's underwriters; anyone else gets 404).
import { apiRoute } from '@/lib/api/route';
import { getEvidenceFileForUser } from '@/lib/placement/queries';

export const GET = apiRoute({
  path: '/submissions/[submissionId]/evidence/[fileId]',
  method: 'GET',
  handler: async ({ user, params }) => {
    const file = await getEvidenceFileForUser({ user, submissionId: params.submissionId!, fileId: params.fileId! });
    if (!file) return { ok: false, code: 'NOT_FOUND', message: 'Not found' };
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.size),
        // Always a download, never rendered in the app's origin.
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  },
});
