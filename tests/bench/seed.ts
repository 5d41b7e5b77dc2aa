import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/database-client";

/**
 * Seeds a database as a busy community would leave it: users with profiles and claims spread
 * over the catalogue, one problem with very many claims, some open to collaborators with accepted
 * requests. Deterministic (a fixed pseudo-random sequence), so runs compare.
 */
export async function seedCommunity(db: Database, options: { users: number; claims: number; crowdedProblem: string; crowdedClaims: number }) {
  let state = 42;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

  const problems = await db.problem.findMany({ where: { archivedAt: null }, select: { id: true, number: true } });
  const crowded = problems.find((problem) => problem.number === options.crowdedProblem);
  if (!crowded) throw new Error(`seed: no problem ${options.crowdedProblem}`);

  const now = Date.now();
  const users = Array.from({ length: options.users }, (_, index) => ({
    id: randomUUID(),
    name: `Researcher ${index + 1}`,
    email: `researcher${index + 1}@bench.example`,
    emailVerified: false,
    createdAt: new Date(now - random() * 300 * 86_400_000),
    updatedAt: new Date(now),
  }));
  await db.user.createMany({ data: users });
  await db.profile.createMany({
    data: users.map((user, index) => ({
      userId: user.id,
      affiliation: pick(["", "MATS", "Independent", "University of Somewhere", "Apollo Research"]),
      skills: pick(["PyTorch, TransformerLens", "linear algebra", "", "JAX, sparse autoencoders"]),
      contactEmail: `contact${index + 1}@bench.example`,
      contactVisibility: pick(["public", "collaborators", "hidden"]),
    })),
  });

  const statuses = ["interested", "working", "working", "paused", "done", "withdrawn"] as const;
  const claims: { problemId: number; userId: string }[] = [];
  const taken = new Set<string>();
  const add = (problemId: number, userId: string) => {
    const key = `${problemId}:${userId}`;
    if (taken.has(key)) return;
    taken.add(key);
    claims.push({ problemId, userId });
  };
  for (let index = 0; index < options.crowdedClaims; index += 1) add(crowded.id, users[index % users.length]!.id);
  while (claims.length < options.claims) add(pick(problems).id, pick(users).id);

  await db.claim.createMany({
    data: claims.map(({ problemId, userId }) => {
      const updated = new Date(now - random() * 200 * 86_400_000);
      return {
        problemId,
        userId,
        status: pick(statuses),
        note: "Reading the related work first, then a small replication in a one-layer model. ".repeat(1 + Math.floor(random() * 3)).trim(),
        linksJson: JSON.stringify(random() < 0.4 ? ["https://github.com/bench/replication"] : []),
        lookingForCollaborators: random() < 0.3,
        startedAt: new Date(updated.getTime() - random() * 60 * 86_400_000),
        lastUpdateAt: updated,
        // As the migration backfills existing claims: 90 days after the last update.
        expiresAt: new Date(updated.getTime() + 90 * 86_400_000),
      };
    }),
  });

  const openClaims = await db.claim.findMany({ where: { lookingForCollaborators: true }, select: { id: true, userId: true } });
  const requests = openClaims.slice(0, 300).map((claim) => {
    let requester = pick(users).id;
    while (requester === claim.userId) requester = pick(users).id;
    return { claimId: claim.id, requesterId: requester, message: "I would like to help with the experiments.", status: pick(["pending", "accepted", "declined"]) };
  });
  await db.collaborationRequest.createMany({ data: requests });
  return { users: users.length, claims: claims.length, requests: requests.length };
}
