-- CreateTable
CREATE TABLE "Category" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Problem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "number" TEXT NOT NULL,
    "sortKey" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "categorySlug" TEXT NOT NULL,
    "subcategory" TEXT,
    "difficulty" TEXT,
    "difficultyMin" INTEGER,
    "difficultyMax" INTEGER,
    "exciting" BOOLEAN NOT NULL DEFAULT false,
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

-- CreateIndex
CREATE INDEX "Category_position_idx" ON "Category"("position");

-- CreateIndex
CREATE UNIQUE INDEX "Problem_number_key" ON "Problem"("number");

-- CreateIndex
CREATE INDEX "Problem_archivedAt_sortKey_idx" ON "Problem"("archivedAt", "sortKey");

-- CreateIndex
CREATE INDEX "Problem_categorySlug_sortKey_idx" ON "Problem"("categorySlug", "sortKey");

-- CreateIndex
CREATE INDEX "Problem_difficultyMin_difficultyMax_idx" ON "Problem"("difficultyMin", "difficultyMax");
