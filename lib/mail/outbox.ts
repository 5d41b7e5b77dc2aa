import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { messageIdDomain } from "./config";

/** The Prisma client or an interactive transaction's client: mail is enqueued in the same transaction as its cause. */
export type OutboxClient = Pick<Prisma.TransactionClient, "outgoingMail">;

export type MailDraft = {
  /** One row per key, ever: enqueueing the same message again (a retried action, two sweeps) is a no-op. */
  dedupeKey: string;
  userId?: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Absolute URL for List-Unsubscribe; omit for mail a user cannot opt out of (password reset). */
  unsubscribeUrl?: string;
  /** The notification this mail tells of: the mail is cancelled if a moderator hides its subject first. */
  notificationId?: number | null;
};

/** Adds a message to the outbox unless one with its dedupeKey exists; returns whether a row was created. */
export async function enqueueMail(client: OutboxClient, draft: MailDraft, env: Record<string, string | undefined> = process.env): Promise<boolean> {
  // Fixed at insert, so a resend after a crash between sending and marking carries the same
  // Message-ID and receiving servers and clients can recognise the duplicate.
  const messageId = `<${randomUUID()}@${messageIdDomain(env)}>`;
  // An upsert rather than create-and-catch: a unique violation inside an interactive transaction
  // aborts it on PostgreSQL, and this runs inside the caller's transaction. The update rewrites the
  // key with itself because with an empty update Prisma falls back to select-then-insert (racy
  // across connections); this way it is one INSERT … ON CONFLICT DO UPDATE statement.
  // The row that comes back is ours exactly when it carries the Message-ID generated here.
  const row = await client.outgoingMail.upsert({
    where: { dedupeKey: draft.dedupeKey },
    update: { dedupeKey: draft.dedupeKey },
    create: {
      dedupeKey: draft.dedupeKey,
      messageId,
      userId: draft.userId ?? null,
      toAddress: draft.to,
      subject: draft.subject,
      text: draft.text,
      html: draft.html,
      unsubscribeUrl: draft.unsubscribeUrl ?? "",
      notificationId: draft.notificationId ?? null,
    },
    select: { messageId: true },
  });
  return row.messageId === messageId;
}
