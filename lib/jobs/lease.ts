import type { Database } from "@/lib/database-client";

/**
 * Takes or renews the named job lease for `holder` until now + durationMs; false while another
 * holder's lease runs. Lets one instance of several run a periodic job.
 */
export async function acquireLease(database: Database, name: string, holder: string, now: Date, durationMs: number): Promise<boolean> {
  const leasedUntil = new Date(now.getTime() + durationMs);
  const taken = await database.jobLease.updateMany({
    where: { name, OR: [{ leasedUntil: { lt: now } }, { holder }] },
    data: { holder, leasedUntil },
  });
  if (taken.count === 1) return true;
  try {
    await database.jobLease.create({ data: { name, holder, leasedUntil } });
    return true;
  } catch (error) {
    // Someone holds it, or created it between our update and our insert. Recognised by its code,
    // not instanceof: the client may come from another copy of the generated module (Next's bundle).
    if ((error as { code?: unknown } | null)?.code === "P2002") return false;
    throw error;
  }
}

/** Ends `holder`'s lease early (a one-off CLI run), so the next run need not wait for it to expire. */
export async function releaseLease(database: Database, name: string, holder: string, now: Date): Promise<void> {
  await database.jobLease.updateMany({ where: { name, holder }, data: { leasedUntil: now } });
}

/** Records that the job ran, for operators reading the table. */
export async function recordJobRun(database: Database, name: string, holder: string, now: Date): Promise<void> {
  await database.jobLease.updateMany({ where: { name, holder }, data: { lastRunAt: now } });
}
