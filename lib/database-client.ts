import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Database = PrismaClient;

/** Opens a Prisma client on a SQLite file URL, creating the file's folder when missing. */
export function createDatabaseClient(url: string): Database {
  const filePath = url.replace(/^file:/, "");
  // better-sqlite3 does not create folders, and its error for a missing one is unhelpful.
  if (filePath !== ":memory:") mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}
