-- Replaces Problem.sortKey (major * 1000 + minor, which collides once a category has 1,000
-- problems) with the number's two parts as integer columns, and indexes on them.
-- Written from `migrate diff`, hand-edited as the SQLite migration is: the new columns are added
-- nullable, filled from each existing row's number ("1.12" gives 1 and 12), then made NOT NULL,
-- so a database keeps its catalogue order without waiting for the next ingest (the diff's
-- ADD COLUMN ... NOT NULL fails on a table with rows).

-- DropIndex
DROP INDEX "Problem_archivedAt_sortKey_idx";

-- DropIndex
DROP INDEX "Problem_categorySlug_sortKey_idx";

-- AlterTable
ALTER TABLE "Problem" DROP COLUMN "sortKey",
ADD COLUMN     "numberMajor" INTEGER,
ADD COLUMN     "numberMinor" INTEGER;

UPDATE "Problem" SET "numberMajor" = CAST(split_part("number", '.', 1) AS INTEGER), "numberMinor" = CAST(split_part("number", '.', 2) AS INTEGER);

ALTER TABLE "Problem" ALTER COLUMN "numberMajor" SET NOT NULL,
ALTER COLUMN "numberMinor" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Problem_archivedAt_numberMajor_numberMinor_idx" ON "Problem"("archivedAt", "numberMajor", "numberMinor");

-- CreateIndex
CREATE INDEX "Problem_categorySlug_numberMajor_numberMinor_idx" ON "Problem"("categorySlug", "numberMajor", "numberMinor");
