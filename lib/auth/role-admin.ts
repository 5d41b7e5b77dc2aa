import type { Database } from "@/lib/database-client";
import { isAdminEmail } from "./roles";

/**
 * Granting and revoking the moderator role, for `npm run admin`. The database is a parameter (no
 * `server-only`, no lib/db) because the CLI runs outside Next and opens its own client.
 */

export type RoleChange =
  | { ok: true; email: string; name: string; changed: boolean; adminEmailStillGrants: boolean }
  | { ok: false; error: string };

export type ModeratorListing = { email: string; name: string; via: "role" | "ADMIN_EMAILS" | "role and ADMIN_EMAILS" };

/** Emails are stored lower-cased at sign-up; match them the same way. */
function normalise(email: string): string {
  return email.trim().toLowerCase();
}

async function setRole(db: Database, rawEmail: string, role: "member" | "moderator", adminEmails: string): Promise<RoleChange> {
  const email = normalise(rawEmail);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, role: true, emailVerified: true } });
  if (!user) return { ok: false, error: `No account with the email ${email}. The person must sign up first.` };
  if (user.role !== role) await db.user.update({ where: { id: user.id }, data: { role } });
  return {
    ok: true,
    email,
    name: user.name,
    changed: user.role !== role,
    // ADMIN_EMAILS is read at every request (lib/auth/roles.ts), so revoking the role cannot remove that grant.
    adminEmailStillGrants: user.emailVerified && isAdminEmail(email, adminEmails),
  };
}

/** Makes the account with this email a moderator. */
export function grantModerator(db: Database, email: string, adminEmails = process.env.ADMIN_EMAILS ?? ""): Promise<RoleChange> {
  return setRole(db, email, "moderator", adminEmails);
}

/** Makes the account with this email a member again; ADMIN_EMAILS grants for verified emails stay. */
export function revokeModerator(db: Database, email: string, adminEmails = process.env.ADMIN_EMAILS ?? ""): Promise<RoleChange> {
  return setRole(db, email, "member", adminEmails);
}

/** Everyone who may moderate: the role, or a verified email listed in ADMIN_EMAILS; sorted by email. */
export async function listModerators(db: Database, adminEmails = process.env.ADMIN_EMAILS ?? ""): Promise<ModeratorListing[]> {
  const listed = adminEmails.split(",").map(normalise).filter(Boolean);
  const users = await db.user.findMany({
    where: { OR: [{ role: "moderator" }, { emailVerified: true, email: { in: listed } }] },
    select: { email: true, name: true, role: true, emailVerified: true },
    orderBy: { email: "asc" },
  });
  return users.map((user) => {
    const byRole = user.role === "moderator";
    const byList = user.emailVerified && listed.includes(user.email);
    return { email: user.email, name: user.name, via: byRole && byList ? "role and ADMIN_EMAILS" : byRole ? "role" : "ADMIN_EMAILS" };
  });
}
