import "server-only";
import { existsSync } from "node:fs";
import { db } from "@/lib/db";
import { databaseFilePath, readEnvironment } from "@/lib/env";

/**
 * True when the database file is where it should be and answers a query on a real table. A
 * running process keeps writing to a deleted SQLite file it still holds open, so "SELECT 1"
 * alone would say ok while every write is lost.
 */
export async function databaseIsHealthy(): Promise<boolean> {
  const file = databaseFilePath(readEnvironment().DATABASE_URL);
  if (file && !existsSync(file)) return false;
  try {
    await db.problem.findFirst({ select: { id: true } });
    return true;
  } catch {
    return false;
  }
}
