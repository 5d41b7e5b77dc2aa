import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/database-client";

/**
 * Fixed-window attempt counters in the database (table AttemptCounter), so that limits hold across
 * a restart and across several app instances. Each step is one conditional statement, so two
 * processes counting the same key at once cannot both slip under the limit.
 */
export type AttemptRule = { limit: number; windowMs: number };
export type AttemptResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function consumeAttempt(db: Database, key: string, rule: AttemptRule, now = new Date()): Promise<AttemptResult> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  for (let round = 0; round < 5; round += 1) {
    const counted = await db.attemptCounter.updateMany({
      where: { key, windowStartedAt: { gt: windowStart }, count: { lt: rule.limit } },
      data: { count: { increment: 1 } },
    });
    if (counted.count === 1) return { ok: true };
    const restarted = await db.attemptCounter.updateMany({
      where: { key, windowStartedAt: { lte: windowStart } },
      data: { count: 1, windowStartedAt: now },
    });
    if (restarted.count === 1) return { ok: true };
    const current = await db.attemptCounter.findUnique({ where: { key } });
    if (current) {
      const retryAfterMs = current.windowStartedAt.getTime() + rule.windowMs - now.getTime();
      // The window ended between our statements: go round again.
      if (retryAfterMs > 0 && current.count >= rule.limit) return { ok: false, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
      continue;
    }
    try {
      await db.attemptCounter.create({ data: { key, count: 1, windowStartedAt: now } });
      return { ok: true };
    } catch (error) {
      // Another request created the row first: count against it.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new Error(`consumeAttempt: the counter for ${key} kept changing under us`);
}

/** Counts one attempt against every key; refuses with the longest wait if any is over its limit. */
export async function consumeAttempts(db: Database, attempts: { key: string; rule: AttemptRule }[], now = new Date()): Promise<AttemptResult> {
  let refusal: AttemptResult = { ok: true };
  for (const { key, rule } of attempts) {
    const result = await consumeAttempt(db, key, rule, now);
    if (!result.ok && (refusal.ok || result.retryAfterSeconds > refusal.retryAfterSeconds)) refusal = result;
  }
  return refusal;
}

/** Drops counters whose window ended long ago, so the table stays small. */
export async function pruneAttemptCounters(db: Database, olderThan: Date): Promise<number> {
  return (await db.attemptCounter.deleteMany({ where: { windowStartedAt: { lt: olderThan } } })).count;
}
