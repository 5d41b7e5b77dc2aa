import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getAuth } from "./server";

export type CurrentUser = { id: string; name: string; email: string; isAdmin: boolean };

/** Emails listed in ADMIN_EMAILS (comma-separated) may moderate. */
export function isAdminEmail(email: string, adminEmails = process.env.ADMIN_EMAILS ?? ""): boolean {
  const admins = adminEmails.split(",").map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  return admins.includes(email.trim().toLowerCase());
}

/** The signed-in user for this request, or null; looked up once per request however many components ask. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email } = session.user;
  return { id, name, email, isAdmin: isAdminEmail(email) };
});

/** The signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireCurrentUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return user;
}
