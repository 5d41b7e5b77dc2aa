import { engineOf } from "@/lib/database-client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Any fixed 64-bit number the app uses for nothing else; it names "the ingest" to PostgreSQL.
const INGEST_LOCK_KEY = 7_413_210_013n;

/**
 * Serialises ingests of one database: several instances starting together each ingest content/,
 * and two transactions planning from the same old rows would both insert the same new categories
 * and problems. On PostgreSQL a transaction-level advisory lock makes the second wait until the
 * first has committed (it is released with the transaction, even when the process dies), and then
 * plan from the rows the first wrote, so it finds them unchanged. On SQLite there is one writer per
 * file anyway, and the embedded default runs as one process.
 */
export async function lockIngest(transaction: Prisma.TransactionClient): Promise<void> {
  if (engineOf(transaction) !== "postgresql") return;
  await transaction.$executeRaw`SELECT pg_advisory_xact_lock(${INGEST_LOCK_KEY})`;
}
