-- AlterTable
ALTER TABLE "Problem" ALTER COLUMN "exciting" DROP NOT NULL,
ALTER COLUMN "exciting" DROP DEFAULT;

-- Until now false meant "not verified" as well as "not starred": every false so far came from an
-- unverified star, so it becomes null (not verified). Ingest then writes what the content files say.
UPDATE "Problem" SET "exciting" = NULL WHERE "exciting" = false;
