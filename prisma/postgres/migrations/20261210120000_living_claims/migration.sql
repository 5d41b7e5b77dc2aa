-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "aiInvolvement" TEXT,
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "outcomeSummary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "outcomeUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "purpose" TEXT;

-- Backfill (issue 8), hand-written as in the SQLite migration: an existing claim expires 90 days
-- after its last update, which is exactly when the old rule called it stale, so no claim changes
-- between active and not by this migration. The diff's ADD COLUMN ... NOT NULL would fail on rows.
UPDATE "Claim" SET "expiresAt" = "lastUpdateAt" + INTERVAL '90 days';
ALTER TABLE "Claim" ALTER COLUMN "expiresAt" SET NOT NULL;

-- CreateTable
CREATE TABLE "ClaimNote" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "linksJson" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimNote_claimId_createdAt_idx" ON "ClaimNote"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "ClaimNote_authorId_idx" ON "ClaimNote"("authorId");

-- CreateIndex
CREATE INDEX "Claim_problemId_status_expiresAt_idx" ON "Claim"("problemId", "status", "expiresAt");

-- AddForeignKey
ALTER TABLE "ClaimNote" ADD CONSTRAINT "ClaimNote_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimNote" ADD CONSTRAINT "ClaimNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
