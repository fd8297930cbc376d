-- Placement and the underwriter journey (issue 7), the client portal, PDF reports and claims (issue 8).
-- Assessment.insurerId gives way to Placement/Submission: one assessment goes to several insurers, each
-- with its own status. Only demo data carried the old link (the seed now places it), so nothing is copied.

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED', 'QUOTED', 'DECLINED', 'BOUND', 'NOT_TAKEN_UP', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "SubjectivityStatus" AS ENUM ('OPEN', 'FULFILLED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "RecommendationState" AS ENUM ('PLANNED', 'DONE');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('REPORTED', 'ACKNOWLEDGED', 'INVESTIGATING', 'SETTLED', 'CLOSED');

-- DropForeignKey
ALTER TABLE "Assessment" DROP CONSTRAINT "Assessment_insurerId_fkey";

-- DropIndex
DROP INDEX "Assessment_insurerId_status_idx";

-- AlterTable
ALTER TABLE "Assessment" DROP COLUMN "insurerId";

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "brokerageId" TEXT NOT NULL,
    "clientCompanyId" TEXT NOT NULL,
    "requestedLimitEur" INTEGER NOT NULL,
    "requestedRetentionEur" INTEGER NOT NULL,
    "coverStartDate" DATE NOT NULL,
    "message" TEXT,
    "createdById" TEXT,
    "boundSubmissionId" TEXT,
    "boundAt" TIMESTAMPTZ(3),
    "boundById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Submission" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "insurerId" TEXT NOT NULL,
    "brokerageId" TEXT NOT NULL,
    "clientCompanyId" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'SUBMITTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statusChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientName" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "grade" TEXT NOT NULL,
    "effectiveGrade" TEXT NOT NULL,
    "masterKeyExposure" DOUBLE PRECISION NOT NULL,
    "identityProviders" TEXT[],
    "mailPlatforms" TEXT[],
    "expectedAnnualLossEur" INTEGER NOT NULL,
    "eventLossMeanEur" INTEGER NOT NULL,
    "eventLossP995Eur" INTEGER NOT NULL,
    "quotedLimitEur" INTEGER,
    "quotedRetentionEur" INTEGER,
    "quotedPremiumEur" INTEGER,
    "quoteValidUntil" DATE,
    "declineReasons" TEXT[],
    "declineNote" TEXT,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionMessage" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmissionMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionOverride" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "modelValue" TEXT NOT NULL,
    "overrideValue" TEXT NOT NULL,
    "justification" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmissionOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subjectivity" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "SubjectivityStatus" NOT NULL DEFAULT 'OPEN',
    "fulfilledNote" TEXT,
    "evidenceFileId" TEXT,
    "fulfilledById" TEXT,
    "fulfilledAt" TIMESTAMPTZ(3),
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subjectivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "submissionId" TEXT,
    "claimId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationProgress" (
    "assessmentId" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "state" "RecommendationState" NOT NULL,
    "note" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationProgress_pkey" PRIMARY KEY ("assessmentId","recommendationId")
);

-- CreateTable
CREATE TABLE "ReportArtifact" (
    "contentHash" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportArtifact_pkey" PRIMARY KEY ("contentHash")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "clientCompanyId" TEXT NOT NULL,
    "brokerageId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "submissionId" TEXT,
    "insurerId" TEXT,
    "status" "ClaimStatus" NOT NULL DEFAULT 'REPORTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "incidentType" TEXT NOT NULL,
    "discoveredAt" TIMESTAMPTZ(3) NOT NULL,
    "description" TEXT NOT NULL,
    "affectedServices" TEXT[],
    "affectedData" TEXT[],
    "actionsTaken" TEXT,
    "contacts" JSONB NOT NULL DEFAULT '[]',
    "personalDataAffected" BOOLEAN NOT NULL DEFAULT false,
    "nis2Entity" TEXT NOT NULL DEFAULT 'none',
    "reportedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimChecklistItem" (
    "claimId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "doneById" TEXT,
    "doneAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimChecklistItem_pkey" PRIMARY KEY ("claimId","itemId")
);

-- CreateTable
CREATE TABLE "ClaimEvent" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "body" TEXT,
    "authorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Placement_assessmentId_key" ON "Placement"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_boundSubmissionId_key" ON "Placement"("boundSubmissionId");

-- CreateIndex
CREATE INDEX "Placement_brokerageId_createdAt_idx" ON "Placement"("brokerageId", "createdAt");

-- CreateIndex
CREATE INDEX "Submission_insurerId_status_submittedAt_idx" ON "Submission"("insurerId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Submission_insurerId_submittedAt_idx" ON "Submission"("insurerId", "submittedAt");

-- CreateIndex
CREATE INDEX "Submission_insurerId_effectiveGrade_idx" ON "Submission"("insurerId", "effectiveGrade");

-- CreateIndex
CREATE INDEX "Submission_insurerId_industry_idx" ON "Submission"("insurerId", "industry");

-- CreateIndex
CREATE INDEX "Submission_identityProviders_idx" ON "Submission" USING GIN ("identityProviders");

-- CreateIndex
CREATE INDEX "Submission_assessmentId_idx" ON "Submission"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_placementId_insurerId_key" ON "Submission"("placementId", "insurerId");

-- CreateIndex
CREATE INDEX "SubmissionMessage_submissionId_createdAt_idx" ON "SubmissionMessage"("submissionId", "createdAt");

-- CreateIndex
CREATE INDEX "SubmissionOverride_submissionId_target_createdAt_idx" ON "SubmissionOverride"("submissionId", "target", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Subjectivity_evidenceFileId_key" ON "Subjectivity"("evidenceFileId");

-- CreateIndex
CREATE INDEX "Subjectivity_submissionId_idx" ON "Subjectivity"("submissionId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "ReportArtifact_assessmentId_idx" ON "ReportArtifact"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_reference_key" ON "Claim"("reference");

-- CreateIndex
CREATE INDEX "Claim_brokerageId_createdAt_idx" ON "Claim"("brokerageId", "createdAt");

-- CreateIndex
CREATE INDEX "Claim_clientCompanyId_createdAt_idx" ON "Claim"("clientCompanyId", "createdAt");

-- CreateIndex
CREATE INDEX "Claim_insurerId_createdAt_idx" ON "Claim"("insurerId", "createdAt");

-- CreateIndex
CREATE INDEX "ClaimEvent_claimId_createdAt_idx" ON "ClaimEvent"("claimId", "createdAt");

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_boundSubmissionId_fkey" FOREIGN KEY ("boundSubmissionId") REFERENCES "Submission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "AssessmentSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionMessage" ADD CONSTRAINT "SubmissionMessage_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionOverride" ADD CONSTRAINT "SubmissionOverride_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subjectivity" ADD CONSTRAINT "Subjectivity_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subjectivity" ADD CONSTRAINT "Subjectivity_evidenceFileId_fkey" FOREIGN KEY ("evidenceFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationProgress" ADD CONSTRAINT "RecommendationProgress_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportArtifact" ADD CONSTRAINT "ReportArtifact_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "AssessmentSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_clientCompanyId_fkey" FOREIGN KEY ("clientCompanyId") REFERENCES "ClientCompany"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimChecklistItem" ADD CONSTRAINT "ClaimChecklistItem_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEvent" ADD CONSTRAINT "ClaimEvent_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

