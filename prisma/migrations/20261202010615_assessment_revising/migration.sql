-- AlterEnum
ALTER TYPE "AssessmentStatus" ADD VALUE 'REVISING' AFTER 'SUBMITTED';

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "previousSnapshotId" TEXT;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_previousSnapshotId_fkey" FOREIGN KEY ("previousSnapshotId") REFERENCES "AssessmentSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

