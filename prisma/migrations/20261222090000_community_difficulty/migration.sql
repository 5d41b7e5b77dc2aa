-- Community difficulty: reports by people who worked on a problem, and their summary on Problem.
-- Written from `migrate diff`, except that the new Problem columns are added with ALTER TABLE
-- rather than the diff's table redefinition (DROP TABLE + RENAME), which would drop the full-text
-- triggers of 20261220090000_full_text_search. Nullable and constant-default columns need no redefinition.

-- CreateTable
CREATE TABLE "DifficultyReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "problemId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "duration" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DifficultyReport_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DifficultyReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "Problem" ADD COLUMN "communityReports" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Problem" ADD COLUMN "communityLevel" INTEGER;
ALTER TABLE "Problem" ADD COLUMN "communityDuration" TEXT;

-- CreateIndex
CREATE INDEX "DifficultyReport_userId_idx" ON "DifficultyReport"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DifficultyReport_problemId_userId_key" ON "DifficultyReport"("problemId", "userId");
