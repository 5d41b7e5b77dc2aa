-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "communityDuration" TEXT,
ADD COLUMN     "communityLevel" INTEGER,
ADD COLUMN     "communityReports" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "DifficultyReport" (
    "id" SERIAL NOT NULL,
    "problemId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "duration" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DifficultyReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DifficultyReport_userId_idx" ON "DifficultyReport"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DifficultyReport_problemId_userId_key" ON "DifficultyReport"("problemId", "userId");

-- AddForeignKey
ALTER TABLE "DifficultyReport" ADD CONSTRAINT "DifficultyReport_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DifficultyReport" ADD CONSTRAINT "DifficultyReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
