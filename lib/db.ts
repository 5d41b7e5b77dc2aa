import "server-only";
import { createDatabaseClient, type Database } from "@/lib/database-client";
import { readEnvironment } from "@/lib/env";

// One client per server process; development hot reloads would otherwise open a new one each time.
const globalForDatabase = globalThis as unknown as { database?: Database };

export const db: Database =
  globalForDatabase.database ?? (globalForDatabase.database = createDatabaseClient(readEnvironment().DATABASE_URL));
