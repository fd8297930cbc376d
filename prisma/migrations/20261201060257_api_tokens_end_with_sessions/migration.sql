-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;


-- Data: tokens made before this change belong to their user's current sessions.
UPDATE "ApiToken" t SET "sessionVersion" = u."sessionVersion" FROM "User" u WHERE u."id" = t."userId";
