import { readAuthSecret } from "@/lib/auth/secret";
import { ACTIVE_CLAIM_STATUSES, EXPIRING_SOON_DAYS } from "@/lib/claims/vocabulary";
import type { Database } from "@/lib/database-client";
import { appBaseUrl, mailSettings } from "@/lib/mail/config";
import { enqueueMail } from "@/lib/mail/outbox";
import { composeDigestMail } from "./email";
import { reportExpiringSoon, reportLapsed } from "./events";
import { effectiveModes, isNotificationKind, type NotificationKind } from "./kinds";
import { visibleNotificationWhere } from "./visibility";

export type SweepReport = { expiryReminders: number; lapseNotices: number; digests: number };

const DAY_MS = 24 * 60 * 60 * 1000;
/** Lapses older than this are not announced: an upgrade must not flood owners with news of old lapses. */
const LAPSE_NOTICE_WINDOW_DAYS = 7;
const BATCH = 200;

/**
 * The time-based events: claims that expire within 14 days, claims that lapsed, and due daily
 * digests. Idempotent and safe on two instances at once: each event is taken by a conditional
 * update of the claim (expiryReminderFor / lapseNoticeFor), in the transaction that records it, so
 * only one sweep wins it; the notifications' unique (recipient, event) key is the backstop.
 */
export async function runNotificationSweep(database: Database, now = new Date()): Promise<SweepReport> {
  return {
    expiryReminders: await sweepExpiringClaims(database, now),
    lapseNotices: await sweepLapsedClaims(database, now),
    digests: await sendDueDigests(database, now),
  };
}

async function sweepExpiringClaims(database: Database, now: Date): Promise<number> {
  const due = await database.claim.findMany({
    where: {
      status: { in: [...ACTIVE_CLAIM_STATUSES] },
      hiddenAt: null,
      expiresAt: { gt: now, lte: new Date(now.getTime() + EXPIRING_SOON_DAYS * DAY_MS) },
    },
    select: { id: true, expiresAt: true, expiryReminderFor: true },
    take: BATCH * 10,
  });
  let told = 0;
  for (const claim of due) {
    if (claim.expiryReminderFor?.getTime() === claim.expiresAt.getTime()) continue;
    const taken = await database.$transaction(async (tx) => {
      const won = await tx.claim.updateMany({
        where: { id: claim.id, expiresAt: claim.expiresAt, OR: [{ expiryReminderFor: null }, { expiryReminderFor: { not: claim.expiresAt } }] },
        data: { expiryReminderFor: claim.expiresAt },
      });
      if (won.count === 1) await reportExpiringSoon(tx, claim.id, now);
      return won.count === 1;
    });
    if (taken) told++;
  }
  return told;
}

async function sweepLapsedClaims(database: Database, now: Date): Promise<number> {
  const due = await database.claim.findMany({
    where: {
      status: { in: [...ACTIVE_CLAIM_STATUSES] },
      hiddenAt: null,
      expiresAt: { lte: now, gt: new Date(now.getTime() - LAPSE_NOTICE_WINDOW_DAYS * DAY_MS) },
    },
    select: { id: true, expiresAt: true, lapseNoticeFor: true },
    take: BATCH * 10,
  });
  let told = 0;
  for (const claim of due) {
    if (claim.lapseNoticeFor?.getTime() === claim.expiresAt.getTime()) continue;
    const taken = await database.$transaction(async (tx) => {
      const won = await tx.claim.updateMany({
        where: { id: claim.id, expiresAt: claim.expiresAt, OR: [{ lapseNoticeFor: null }, { lapseNoticeFor: { not: claim.expiresAt } }] },
        data: { lapseNoticeFor: claim.expiresAt },
      });
      if (won.count === 1) await reportLapsed(tx, claim.id, now);
      return won.count === 1;
    });
    if (taken) told++;
  }
  return told;
}

/** Midnight UTC starting the day `now` is in: a digest covers whole days before it. */
function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * One email per recipient per day with their digest notifications from before today (UTC),
 * skipping what they have read in the inbox, what a moderator hid since, and kinds they have since
 * switched to "never". The notifications are marked taken in the transaction that queues the
 * email, whose dedupe key (user and day) keeps a second sweep from queueing another.
 */
async function sendDueDigests(database: Database, now: Date): Promise<number> {
  const mail = mailSettings();
  const cutoff = startOfUtcDay(now);
  const recipients = await database.notification.findMany({
    where: { digestDue: true, digestedAt: null, createdAt: { lt: cutoff } },
    distinct: ["userId"],
    select: { userId: true },
    take: BATCH,
  });
  let sent = 0;
  for (const { userId } of recipients) {
    const queued = await database.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true, emailPreferences: true } });
      const due = { userId, digestDue: true, digestedAt: null, createdAt: { lt: cutoff } };
      const pending = await tx.notification.findMany({
        where: { ...due, readAt: null, ...visibleNotificationWhere },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, title: true, detail: true, path: true },
      });
      // All of the day's rows are taken, shown or not, so that none is looked at again.
      await tx.notification.updateMany({ where: due, data: { digestedAt: now } });
      if (!user || !mail || !user.emailVerified) return false;
      const modes = effectiveModes(user.emailPreferences);
      const items = pending.filter((row): row is typeof row & { kind: NotificationKind } => isNotificationKind(row.kind) && modes[row.kind] === "digest");
      if (items.length === 0) return false;
      const composed = composeDigestMail(
        items,
        userId,
        appBaseUrl(),
        readAuthSecret(),
      );
      const day = cutoff.toISOString().slice(0, 10);
      return enqueueMail(tx, { dedupeKey: `digest:${userId}:${day}`, userId, to: user.email, ...composed });
    });
    if (queued) sent++;
  }
  return sent;
}
