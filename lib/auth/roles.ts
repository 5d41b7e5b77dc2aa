/**
 * Moderator rights. A role lives on the user row and is granted only by whoever operates the server
 * (`npm run admin -- grant EMAIL`). ADMIN_EMAILS is a convenience grant that applies only to an
 * account whose email is verified (GitHub sign-in with a verified email): otherwise a stranger
 * could claim moderation by signing up with the listed address first.
 */
export const ROLES = ["member", "moderator"] as const;
export type Role = (typeof ROLES)[number];

/** Emails listed in ADMIN_EMAILS (comma-separated). */
export function isAdminEmail(email: string, adminEmails = process.env.ADMIN_EMAILS ?? ""): boolean {
  const admins = adminEmails.split(",").map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  return admins.includes(email.trim().toLowerCase());
}

/** Whether the user may moderate: a granted role, or a verified email listed in ADMIN_EMAILS. */
export function isModerator(
  user: { role?: string | null; email: string; emailVerified: boolean },
  adminEmails = process.env.ADMIN_EMAILS ?? "",
): boolean {
  return user.role === "moderator" || (user.emailVerified && isAdminEmail(user.email, adminEmails));
}
