import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/database-client";

/** Inserts a user row directly (as Better Auth would after sign-up) for tests of claim logic. */
export async function createUser(prisma: Database, name: string, profile: { contactEmail?: string; contactVisibility?: string } = {}) {
  const user = await prisma.user.create({
    data: { id: randomUUID(), name, email: `${name.toLowerCase().replace(/\W+/g, ".")}.${randomUUID().slice(0, 8)}@example.org` },
  });
  if (Object.keys(profile).length > 0) await prisma.profile.create({ data: { userId: user.id, ...profile } });
  return { id: user.id, name: user.name, email: user.email };
}
