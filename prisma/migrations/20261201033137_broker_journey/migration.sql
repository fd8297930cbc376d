-- DropIndex
DROP INDEX "ClientCompany_brokerageId_idx";

-- DropIndex
DROP INDEX "Assessment_clientCompanyId_idx";

-- AlterTable
ALTER TABLE "ClientCompany" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "emailDomain" TEXT,
ADD COLUMN     "responsibleBrokerId" TEXT;

-- AlterTable (the answers column is dropped below, after its content moved to AssessmentAnswer)
ALTER TABLE "Assessment" DROP COLUMN "version",
ADD COLUMN     "previousAssessmentId" TEXT,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sharedWithClientAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "AssessmentAnswer" (
    "assessmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "value" JSONB,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "carriedOver" BOOLEAN NOT NULL DEFAULT false,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentAnswer_pkey" PRIMARY KEY ("assessmentId","questionId")
);

-- CreateTable
CREATE TABLE "AssessmentSnapshot" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 1,
    "questionnaireVersion" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "digest" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "grade" TEXT NOT NULL,
    "masterKeyExposure" DOUBLE PRECISION NOT NULL,
    "submittedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- Data: every answer of the JSON column becomes a row of its own (version 1, by the assessment's broker).
INSERT INTO "AssessmentAnswer" ("assessmentId", "questionId", "value", "version", "updatedById", "updatedAt")
SELECT a."id", kv.key, kv.value, 1, a."brokerId", a."updatedAt"
FROM "Assessment" a, jsonb_each(a."answers") AS kv;
UPDATE "Assessment" a SET "revision" = 1 WHERE EXISTS (SELECT 1 FROM "AssessmentAnswer" x WHERE x."assessmentId" = a."id");
UPDATE "AssessmentAnswer" SET "revision" = 1;
ALTER TABLE "Assessment" DROP COLUMN "answers";

-- Data: the broker who looks after an existing client is the one who started its first assessment.
UPDATE "ClientCompany" c SET "responsibleBrokerId" = (
  SELECT a."brokerId" FROM "Assessment" a WHERE a."clientCompanyId" = c."id" ORDER BY a."createdAt" LIMIT 1
);

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentSnapshot_assessmentId_sequence_key" ON "AssessmentSnapshot"("assessmentId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_createdAt_idx" ON "ApiToken"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "ClientCompany_brokerageId_name_idx" ON "ClientCompany"("brokerageId", "name");

-- CreateIndex
CREATE INDEX "ClientCompany_brokerageId_updatedAt_idx" ON "ClientCompany"("brokerageId", "updatedAt");

-- CreateIndex
CREATE INDEX "Assessment_clientCompanyId_createdAt_idx" ON "Assessment"("clientCompanyId", "createdAt");

-- AddForeignKey
ALTER TABLE "ClientCompany" ADD CONSTRAINT "ClientCompany_responsibleBrokerId_fkey" FOREIGN KEY ("responsibleBrokerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_previousAssessmentId_fkey" FOREIGN KEY ("previousAssessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSnapshot" ADD CONSTRAINT "AssessmentSnapshot_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSnapshot" ADD CONSTRAINT "AssessmentSnapshot_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A submitted snapshot never changes: no UPDATE, no DELETE, whoever asks (the application, a later
-- model release, a mistaken script). TRUNCATE is refused too.
CREATE FUNCTION "signet_refuse_snapshot_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AssessmentSnapshot rows are immutable (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "AssessmentSnapshot_immutable_rows" BEFORE UPDATE OR DELETE ON "AssessmentSnapshot"
  FOR EACH ROW EXECUTE FUNCTION "signet_refuse_snapshot_change"();
CREATE TRIGGER "AssessmentSnapshot_no_truncate" BEFORE TRUNCATE ON "AssessmentSnapshot"
  FOR EACH STATEMENT EXECUTE FUNCTION "signet_refuse_snapshot_change"();
