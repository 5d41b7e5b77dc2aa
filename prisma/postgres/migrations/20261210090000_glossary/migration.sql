-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "slug" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "aliasesJson" TEXT NOT NULL DEFAULT '[]',
    "keysJson" TEXT NOT NULL DEFAULT '[]',
    "linkUrl" TEXT,
    "summary" TEXT NOT NULL,
    "definitionHtml" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryEntry_pkey" PRIMARY KEY ("slug")
);
