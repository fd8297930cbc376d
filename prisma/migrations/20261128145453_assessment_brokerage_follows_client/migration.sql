-- DropForeignKey
ALTER TABLE "Assessment" DROP CONSTRAINT "Assessment_clientCompanyId_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "ClientCompany_id_brokerageId_key" ON "ClientCompany"("id", "brokerageId");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_clientCompanyId_brokerageId_fkey" FOREIGN KEY ("clientCompanyId", "brokerageId") REFERENCES "ClientCompany"("id", "brokerageId") ON DELETE RESTRICT ON UPDATE CASCADE;

