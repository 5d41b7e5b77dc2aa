-- CreateTable
CREATE TABLE "ClaimNote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "linksJson" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimNote_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "problemId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "linksJson" TEXT NOT NULL DEFAULT '[]',
    "lookingForCollaborators" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUpdateAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "purpose" TEXT,
    "aiInvolvement" TEXT,
    "outcomeUrl" TEXT NOT NULL DEFAULT '',
    "outcomeSummary" TEXT NOT NULL DEFAULT '',
    "hiddenAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Claim_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Backfill (issue 8): an existing claim expires 90 days after its last update, which is exactly when
-- the old rule called it stale, so no claim changes between active and not by this migration. The
-- format is the one the Prisma SQLite adapter writes (ISO 8601 with +00:00), so comparisons hold.
INSERT INTO "new_Claim" ("createdAt", "hiddenAt", "id", "lastUpdateAt", "expiresAt", "linksJson", "lookingForCollaborators", "note", "problemId", "startedAt", "status", "userId") SELECT "createdAt", "hiddenAt", "id", "lastUpdateAt", strftime('%Y-%m-%dT%H:%M:%f+00:00', "lastUpdateAt", '+90 days'), "linksJson", "lookingForCollaborators", "note", "problemId", "startedAt", "status", "userId" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_userId_idx" ON "Claim"("userId");
CREATE INDEX "Claim_problemId_status_lastUpdateAt_idx" ON "Claim"("problemId", "status", "lastUpdateAt");
CREATE INDEX "Claim_problemId_status_expiresAt_idx" ON "Claim"("problemId", "status", "expiresAt");
CREATE UNIQUE INDEX "Claim_problemId_userId_key" ON "Claim"("problemId", "userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ClaimNote_claimId_createdAt_idx" ON "ClaimNote"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "ClaimNote_authorId_idx" ON "ClaimNote"("authorId");
