import type { Database } from "@/lib/database-client";
import { visibleNotificationWhere } from "@/lib/notifications/visibility";

/** A message as the worker hands it to the transport; the transport adds From. */
export type OutgoingMessage = {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
};

/** Sends one message or throws; injected so tests and the CLI choose the transport. */
export type SendMail = (message: OutgoingMessage) => Promise<void>;

export type DeliveryReport = { sent: number; retried: number; failed: number; cancelled: number };

export type DeliveryOptions = {
  database: Database;
  send: SendMail;
  now: Date;
  /** Unique per process (and per worker in it): the lease names it. */
  workerId: string;
  batchSize?: number;
  /** How long a leased row is ours; it must outlast one send (the SMTP timeouts in transport.ts). */
  leaseMs?: number;
};

/** After this many failed attempts a message is marked failed and no longer retried (about 5 hours of retries). */
export const MAX_ATTEMPTS = 12;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;
const MAX_ERROR_LENGTH = 300;

/** The wait before the next attempt after `attempts` failures: 30 s, doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

/**
 * Sends up to batchSize due outbox rows. Each row is leased with a conditional update before it
 * is touched, so workers racing over one outbox (several instances, or a nudge during a tick)
 * send each row once; a row whose worker died mid-send is retried once its lease expires.
 */
export async function deliverPendingMail(options: DeliveryOptions): Promise<DeliveryReport> {
  const { database, send, workerId, batchSize = 20, leaseMs = 60_000 } = options;
  // `now` is injected (tests move it), but a batch of slow sends takes real time: leases and
  // timestamps advance with the real clock from `now`, so that a late row's lease is not already
  // half spent when it is taken.
  const started = performance.now();
  const clock = () => new Date(options.now.getTime() + Math.round(performance.now() - started));
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, cancelled: 0 };

  const due = await database.outgoingMail.findMany({
    where: { status: "pending", nextAttemptAt: { lte: options.now }, OR: [{ leasedUntil: null }, { leasedUntil: { lt: options.now } }] },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: batchSize,
    select: { id: true },
  });

  for (const { id } of due) {
    const leasedAt = clock();
    const leasedUntil = new Date(leasedAt.getTime() + leaseMs);
    const lease = await database.outgoingMail.updateMany({
      where: { id, status: "pending", nextAttemptAt: { lte: leasedAt }, OR: [{ leasedUntil: null }, { leasedUntil: { lt: leasedAt } }] },
      data: { leasedUntil, leasedBy: workerId },
    });
    if (lease.count !== 1) continue; // another worker took it first
    // Every later write is conditional on still holding this lease: if we were too slow and another
    // worker took the row over, its outcome wins.
    const ours = { id, status: "pending", leasedBy: workerId, leasedUntil };
    const released = { leasedUntil: null, leasedBy: null };

    const row = await database.outgoingMail.findUniqueOrThrow({ where: { id } });
    if (row.notificationId !== null && !(await notificationStillVisible(database, row.notificationId))) {
      const cancelled = await database.outgoingMail.updateMany({ where: ours, data: { status: "cancelled", ...released } });
      report.cancelled += cancelled.count;
      continue;
    }

    const headers: Record<string, string> = {};
    if (row.unsubscribeUrl) {
      // RFC 8058 one-click unsubscribe, which Gmail and Yahoo require of bulk senders.
      headers["List-Unsubscribe"] = `<${row.unsubscribeUrl}>`;
      headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
    }
    try {
      await send({ messageId: row.messageId, to: row.toAddress, subject: row.subject, text: row.text, html: row.html, headers });
    } catch (error) {
      const attempts = row.attempts + 1;
      const giveUp = attempts >= MAX_ATTEMPTS;
      const failedAt = clock();
      const marked = await database.outgoingMail.updateMany({
        where: ours,
        data: {
          attempts,
          lastError: describeError(error),
          ...released,
          ...(giveUp ? { status: "failed" } : { nextAttemptAt: new Date(failedAt.getTime() + retryDelayMs(attempts)) }),
        },
      });
      if (marked.count === 1) report[giveUp ? "failed" : "retried"] += 1;
      continue;
    }
    // If the lease was lost meanwhile, another worker may send it again, under the same Message-ID.
    await database.outgoingMail.updateMany({
      where: ours,
      data: { status: "sent", sentAt: clock(), attempts: row.attempts + 1, lastError: "", ...released },
    });
    report.sent += 1;
  }
  return report;
}

/** False when the notification is gone or a moderator has hidden what it is about (the inbox's rule). */
async function notificationStillVisible(database: Database, notificationId: number): Promise<boolean> {
  return (await database.notification.count({ where: { id: notificationId, ...visibleNotificationWhere } })) === 1;
}

/** One line for lastError: the SMTP reply or the error's message, never a stack. */
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim().slice(0, MAX_ERROR_LENGTH) || "unknown error";
}
