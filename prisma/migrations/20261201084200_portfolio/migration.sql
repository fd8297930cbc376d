-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "scoreAuthentication" DOUBLE PRECISION,
ADD COLUMN     "scoreGovernance" DOUBLE PRECISION,
ADD COLUMN     "scoreIncidentResponse" DOUBLE PRECISION,
ADD COLUMN     "scoreLandscape" DOUBLE PRECISION,
ADD COLUMN     "scoreLoggingDetection" DOUBLE PRECISION,
ADD COLUMN     "scoreMailCollaboration" DOUBLE PRECISION,
ADD COLUMN     "scorePrivilegedAccess" DOUBLE PRECISION,
ADD COLUMN     "scoreThirdPartyApps" DOUBLE PRECISION,
ADD COLUMN     "scoreTokensKeys" DOUBLE PRECISION;

-- CreateIndex
CREATE INDEX "Submission_portfolio_dashboard_idx" ON "Submission"("insurerId", "status", "quoteValidUntil", "effectiveGrade", "industry", "score", "quotedLimitEur", "quotedPremiumEur", "scoreLandscape", "scoreAuthentication", "scorePrivilegedAccess", "scoreTokensKeys", "scoreThirdPartyApps", "scoreMailCollaboration", "scoreLoggingDetection", "scoreIncidentResponse", "scoreGovernance");

-- CreateIndex
CREATE INDEX "Submission_portfolio_accumulation_idx" ON "Submission"("insurerId", "status", "quoteValidUntil", "identityProviders", "mailPlatforms", "quotedLimitEur", "eventLossMeanEur", "eventLossP995Eur", "placementId", "clientName", "id");

