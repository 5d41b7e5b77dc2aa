import "server-only";
import { db } from "@/lib/db";

/** True when the database answers a trivial query. */
export async function databaseIsHealthy(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
