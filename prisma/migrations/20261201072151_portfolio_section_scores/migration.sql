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

