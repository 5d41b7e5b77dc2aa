/**
 * `tsx tests/e2e/seed-crowd.mts NUMBER COUNT`: gives problem NUMBER COUNT working claims by new
 * users, straight into the database named by DATABASE_URL (Playwright's loader cannot load the
 * generated Prisma client, so the crowded-problem test runs this instead).
 */
import { randomUUID } from "node:crypto";
import { createDatabaseClient } from "@/lib/database-client";
import { readEnvironment } from "@/lib/env";

const [number, count] = [process.argv[2]!, Number(process.argv[3])];
const database = createDatabaseClient(readEnvironment().DATABASE_URL);
try {
  const problem = await database.problem.findUniqueOrThrow({ where: { number } });
  for (let index = 0; index < count; index += 1) {
    const user = await database.user.create({ data: { id: randomUUID(), name: `Crowd ${index} ${randomUUID().slice(0, 6)}`, email: `crowd-${randomUUID()}@example.org` } });
    await database.claim.create({
      data: { problemId: problem.id, userId: user.id, status: "working", note: `Crowd note ${index}`, expiresAt: new Date(Date.now() + 30 * 86_400_000) },
    });
  }
} finally {
  await database.$disconnect();
}
