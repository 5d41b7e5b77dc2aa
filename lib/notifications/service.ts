import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/claims/service";
import { invalid, refused, succeeded, type MutationResult } from "@/lib/mutation-result";
import { watchProblem } from "./events";
import { NOTIFICATION_KINDS } from "./kinds";
import { emailPreferencesSchema, notificationIdSchema, watchInputSchema } from "./schemas";
import type { UnsubscribeScope } from "./unsubscribe-token";

/** Marks one of the actor's own notifications read; returns where it links, for the inbox's "open". */
export async function markNotificationRead(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult<{ path: string }>> {
  const parsed = notificationIdSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const notification = await db.notification.findFirst({ where: { id: parsed.data.notificationId, userId: actor.id }, select: { id: true, path: true, readAt: true } });
  if (!notification) return refused("There is no such notification in your inbox.");
  if (!notification.readAt) await db.notification.update({ where: { id: notification.id }, data: { readAt: now } });
  return succeeded({ path: notification.path });
}

export async function markAllNotificationsRead(actor: Actor, _rawInput: unknown, now = new Date()): Promise<MutationResult<{ count: number }>> {
  const marked = await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
  return succeeded({ count: marked.count });
}

/** Watch or stop watching a problem (archived problems can be unwatched but not newly watched). */
export async function setWatching(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult<{ watching: boolean; problemNumber: string }>> {
  const parsed = watchInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const { problemNumber, watch } = parsed.data;
  const problem = await db.problem.findUnique({ where: { number: problemNumber }, select: { id: true, archivedAt: true } });
  if (!problem) return refused(`There is no problem ${problemNumber}.`);
  if (watch === "off") {
    await db.watch.deleteMany({ where: { userId: actor.id, problemId: problem.id } });
    return succeeded({ watching: false, problemNumber });
  }
  if (problem.archivedAt) return refused(`Problem ${problemNumber} is archived; there is nothing left to watch.`);
  await db.$transaction((tx) => watchProblem(tx, actor.id, problem.id, now));
  return succeeded({ watching: true, problemNumber });
}

/** Saves how the actor wants each kind of notification emailed. */
export async function saveEmailPreferences(actor: Actor, rawInput: unknown): Promise<MutationResult> {
  const parsed = emailPreferencesSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  await db.$transaction(
    parsed.data.map(({ kind, mode }) =>
      db.emailPreference.upsert({ where: { userId_kind: { userId: actor.id, kind } }, create: { userId: actor.id, kind, mode }, update: { mode } }),
    ),
  );
  return succeeded(undefined);
}

/**
 * What a signed unsubscribe link does (no session: the token in the link is the proof, checked by
 * the caller): no more email of that kind, or of any kind. Doing it twice is harmless.
 */
export async function unsubscribe(userId: string, scope: UnsubscribeScope): Promise<MutationResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return refused("This link belongs to an account that no longer exists.");
  const kinds = scope === "all" ? NOTIFICATION_KINDS : [scope];
  await db.$transaction(
    kinds.map((kind) => db.emailPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, mode: "never" }, update: { mode: "never" } })),
  );
  return succeeded(undefined);
}
