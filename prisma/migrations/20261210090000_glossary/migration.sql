-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "term" TEXT NOT NULL,
    "aliasesJson" TEXT NOT NULL DEFAULT '[]',
    "keysJson" TEXT NOT NULL DEFAULT '[]',
    "linkUrl" TEXT,
    "summary" TEXT NOT NULL,
    "definitionHtml" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
