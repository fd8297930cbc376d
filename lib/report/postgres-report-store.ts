import 'server-only';
// Rendered reports in PostgreSQL (ReportArtifact): every app instance serves what one rendered.
import type { PrismaClient } from '../db/generated/client';
import type { TReportStore } from './report-store';

export function createPostgresReportStore(db: PrismaClient): TReportStore {
  return {
    async get(contentHash) {
      const row = await db.reportArtifact.findUnique({ where: { contentHash }, select: { contentHash: true, assessmentId: true, snapshotId: true, locale: true, bytes: true, createdAt: true } });
      return row && { ...row, bytes: new Uint8Array(row.bytes) };
    },
    async put(artifact) {
      // Two readers may render the same report at once: the first insert wins, the second changes nothing.
      await db.reportArtifact.createMany({
        data: [{ contentHash: artifact.contentHash, assessmentId: artifact.assessmentId, snapshotId: artifact.snapshotId, locale: artifact.locale, bytes: artifact.bytes as Uint8Array<ArrayBuffer>, size: artifact.bytes.byteLength }],
        skipDuplicates: true,
      });
    },
  };
}
