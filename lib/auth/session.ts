import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { isModerator } from "./roles";
import { getAuth } from "./server";

export type CurrentUser = { id: string; name: string; email: string; isAdmin: boolean };

/** The signed-in user for this request, or null; looked up once per request however many components ask. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // Request headers first: that marks the caller as per-request before anything else runs.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email } = session.user;
  return { id, name, email, isAdmin: isModerator(session.user) };
});

/** The signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireCurrentUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return user;
}
