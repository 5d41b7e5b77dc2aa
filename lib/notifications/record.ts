import { readAuthSecret } from "@/lib/auth/secret";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appBaseUrl, mailSettings } from "@/lib/mail/config";
import { enqueueMail } from "@/lib/mail/outbox";
import { composeNotificationMail } from "./email";
import { effectiveModes, type NotificationKind } from "./kinds";

export type Transaction = Prisma.TransactionClient;

/** One event, as the write that caused it describes it; recorded once per recipient. */
export type NotificationEvent = {
  kind: NotificationKind;
  /** Names the event, not the recipient, and is the same however often the event is reported. */
  eventKey: string;
  actorId: string | null;
  recipientIds: Iterable<string>;
  title: string;
  detail?: string;
  path: string;
  claimId?: number;
  requestId?: number;
  workLinkId?: number;
  at: Date;
};

const MAX_DETAIL = 300;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL - 1)}…` : flat;
}

/**
 * Records an event for each recipient, in the caller's transaction, so the notification exists
 * exactly when the write does. The actor is never told of their own action. Recipients who want
 * this kind by email right away get an outbox row in the same transaction; digest kinds are marked
 * for the daily digest. Mail goes only to verified addresses: an unverified one may belong to
 * someone who never signed up. Returns how many were recorded.
 */
export async function notify(tx: Transaction, event: NotificationEvent): Promise<number> {
  const recipients = [...new Set(event.recipientIds)].filter((id) => id !== event.actorId);
  if (recipients.length === 0) return 0;
  // (userId, eventKey) is unique in the database; reading first keeps a repeat from aborting the caller's transaction.
  const told = await tx.notification.findMany({ where: { eventKey: event.eventKey, userId: { in: recipients } }, select: { userId: true } });
  const alreadyTold = new Set(told.map((row) => row.userId));
  const fresh = recipients.filter((id) => !alreadyTold.has(id));
  if (fresh.length === 0) return 0;

  const mail = mailSettings();
  const people = await tx.user.findMany({
    where: { id: { in: fresh } },
    select: { id: true, email: true, emailVerified: true, emailPreferences: { where: { kind: event.kind }, select: { kind: true, mode: true } } },
  });
  const detail = excerpt(event.detail ?? "");
  for (const person of people) {
    const mode = mail && person.emailVerified ? effectiveModes(person.emailPreferences)[event.kind] : "never";
    const notification = await tx.notification.create({
      data: {
        userId: person.id,
        kind: event.kind,
        eventKey: event.eventKey,
        actorId: event.actorId,
        claimId: event.claimId,
        requestId: event.requestId,
        workLinkId: event.workLinkId,
        title: event.title,
        detail,
        path: event.path,
        createdAt: event.at,
        digestDue: mode === "digest",
      },
    });
    if (mode === "immediate") {
      const composed = composeNotificationMail({ ...notification, kind: event.kind }, person.id, appBaseUrl(), readAuthSecret());
      await enqueueMail(tx, { dedupeKey: `notification:${notification.id}`, userId: person.id, to: person.email, notificationId: notification.id, ...composed });
    }
  }
  return people.length;
}
