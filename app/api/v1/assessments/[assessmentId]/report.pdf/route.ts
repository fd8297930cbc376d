// GET /api/v1/assessments/{assessmentId}/report.pdf?lang=en|de — the PDF risk report of the latest snapshot
import { ZReportQuery } from '@/lib/api/request-schemas';
import { apiRoute, found } from '@/lib/api/route';
import { reportLocaleFor } from '@/lib/report/report-locale';
import { getReportPdfForUser } from '@/lib/report/queries';

export const GET = apiRoute({
  path: '/api/v1/assessments/[assessmentId]/report.pdf',
  method: 'GET',
  query: ZReportQuery,
  handler: async ({ user, params, query, request }) => {
    const report = await getReportPdfForUser({ user, assessmentId: params.assessmentId!, locale: reportLocaleFor({ lang: query.lang, user, request }) });
    if (!report) return found(null);
    return new Response(report.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${report.fileName}"`,
        'Content-Length': String(report.bytes.byteLength),
        'Content-Language': report.locale,
        // The reader's own document (terms differ by reader): no shared or browser cache keeps it.
        'Cache-Control': 'private, no-store',
        ETag: `"${report.contentHash}"`,
      },
    });
  },
});
