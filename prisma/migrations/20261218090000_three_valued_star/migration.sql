-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Problem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "number" TEXT NOT NULL,
    "numberMajor" INTEGER NOT NULL,
    "numberMinor" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "categorySlug" TEXT NOT NULL,
    "subcategory" TEXT,
    "difficulty" TEXT,
    "difficultyMin" INTEGER,
    "difficultyMax" INTEGER,
    "exciting" BOOLEAN,
    "sourceUrl" TEXT NOT NULL,
    "termsJson" TEXT NOT NULL DEFAULT '[]',
    "bodyHtml" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Problem_categorySlug_fkey" FOREIGN KEY ("categorySlug") REFERENCES "Category" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Problem" ("archivedAt", "bodyHtml", "categorySlug", "contentHash", "createdAt", "difficulty", "difficultyMax", "difficultyMin", "exciting", "id", "number", "numberMajor", "numberMinor", "searchText", "sourceUrl", "subcategory", "termsJson", "title", "updatedAt") SELECT "archivedAt", "bodyHtml", "categorySlug", "contentHash", "createdAt", "difficulty", "difficultyMax", "difficultyMin", "exciting", "id", "number", "numberMajor", "numberMinor", "searchText", "sourceUrl", "subcategory", "termsJson", "title", "updatedAt" FROM "Problem";
DROP TABLE "Problem";
ALTER TABLE "new_Problem" RENAME TO "Problem";
CREATE UNIQUE INDEX "Problem_number_key" ON "Problem"("number");
CREATE INDEX "Problem_archivedAt_numberMajor_numberMinor_idx" ON "Problem"("archivedAt", "numberMajor", "numberMinor");
CREATE INDEX "Problem_categorySlug_numberMajor_numberMinor_idx" ON "Problem"("categorySlug", "numberMajor", "numberMinor");
CREATE INDEX "Problem_difficultyMin_difficultyMax_idx" ON "Problem"("difficultyMin", "difficultyMax");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Until now false meant "not verified" as well as "not starred"; every false so far came from an
-- unverified star, so it becomes null (not verified). Ingest then writes what the content files say.
UPDATE "Problem" SET "exciting" = NULL WHERE "exciting" = false;
