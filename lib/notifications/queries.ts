import "server-only";
import { db } from "@/lib/db";
import { mailSettings } from "@/lib/mail/config";
import { effectiveModes, type EmailMode, type NotificationKind } from "./kinds";
import { visibleNotificationWhere } from "./visibility";

export const INBOX_PAGE_SIZE = 50;

export type InboxItem = { id: number; kind: string; title: string; detail: string; path: string; createdAt: Date; readAt: Date | null };

/** The recipient's notifications, newest first, a page at a time; hidden items are left out. */
export async function inboxFor(userId: string, page = 1): Promise<{ items: InboxItem[]; total: number; unread: number }> {
  const where = { userId, ...visibleNotificationWhere };
  const [items, total, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: { id: true, kind: true, title: true, detail: true, path: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where }),
    unreadCount(userId),
  ]);
  return { items, total, unread };
}

/** The header's badge: unread notifications about visible items. */
export function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null, ...visibleNotificationWhere } });
}

export type WatchedProblem = { number: string; title: string; since: Date };

export async function watchedProblems(userId: string): Promise<WatchedProblem[]> {
  const watches = await db.watch.findMany({
    where: { userId },
    orderBy: [{ problem: { numberMajor: "asc" } }, { problem: { numberMinor: "asc" } }],
    select: { createdAt: true, problem: { select: { number: true, title: true } } },
  });
  return watches.map((watch) => ({ number: watch.problem.number, title: watch.problem.title, since: watch.createdAt }));
}

export async function isWatching(userId: string, problemNumber: string): Promise<boolean> {
  return (await db.watch.count({ where: { userId, problem: { number: problemNumber } } })) > 0;
}

export type EmailSettings = { mailEnabled: boolean; emailVerified: boolean; email: string; modes: Record<NotificationKind, EmailMode> };

export async function emailSettingsFor(userId: string): Promise<EmailSettings> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerified: true, emailPreferences: true } });
  return { mailEnabled: mailSettings() !== null, emailVerified: user.emailVerified, email: user.email, modes: effectiveModes(user.emailPreferences) };
}
