-- CreateIndex
CREATE INDEX "Submission_insurerId_clientName_idx" ON "Submission"("insurerId", "clientName");

-- CreateIndex
CREATE INDEX "Submission_insurerId_score_idx" ON "Submission"("insurerId", "score");

-- CreateIndex
CREATE INDEX "Submission_insurerId_masterKeyExposure_idx" ON "Submission"("insurerId", "masterKeyExposure");

