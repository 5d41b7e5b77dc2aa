import { createHmac, timingSafeEqual } from "node:crypto";
import { isNotificationKind, type NotificationKind } from "./kinds";

/**
 * The one-click unsubscribe link in every email: it names the user and the kind of email ("all"
 * for everything) and carries an HMAC of both under the auth secret, so it works without signing
 * in and cannot be forged for someone else.
 */
export type UnsubscribeScope = NotificationKind | "all";

function signature(userId: string, scope: UnsubscribeScope, secret: string): string {
  return createHmac("sha256", secret).update(`unsubscribe:${userId}:${scope}`).digest("base64url");
}

export function unsubscribeQuery(userId: string, scope: UnsubscribeScope, secret: string): string {
  return new URLSearchParams({ u: userId, k: scope, t: signature(userId, scope, secret) }).toString();
}

/** The user and scope a link names when its signature is right; null for anything else. */
export function verifyUnsubscribe(
  params: { u?: string | null; k?: string | null; t?: string | null },
  secret: string,
): { userId: string; scope: UnsubscribeScope } | null {
  const { u: userId, k: scope, t: token } = params;
  if (!userId || !scope || !token || (scope !== "all" && !isNotificationKind(scope))) return null;
  const expected = Buffer.from(signature(userId, scope, secret));
  const given = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, scope };
}
