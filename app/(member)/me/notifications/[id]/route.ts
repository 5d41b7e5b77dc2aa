import { getCurrentUser } from "@/lib/auth/session";
import { markNotificationRead } from "@/lib/notifications/service";

// A relative Location: right behind any proxy, whatever host the server thinks it has.
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

/** Opening a notification from the inbox: mark it read, then go to what it is about. Works without JavaScript. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return seeOther(`/sign-in?returnTo=${encodeURIComponent(`/me/notifications/${id}`)}`);
  const opened = await markNotificationRead(user, { notificationId: id });
  return seeOther(opened.ok ? opened.value.path : "/me/notifications");
}
