import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDatabaseClient, type Database } from "@/lib/database-client";
import { acquireLease } from "@/lib/jobs/lease";
import { runMailWorkerOnce, startMailWorker } from "@/lib/mail/mail-worker";
import { nudgeMailWorker } from "@/lib/mail/nudge";
import { enqueueMail, type MailDraft } from "@/lib/mail/outbox";
import { smtpSender } from "@/lib/mail/transport";
import { deliverPendingMail, MAX_ATTEMPTS, retryDelayMs, type SendMail } from "@/lib/mail/worker";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp-server";
import { createUser } from "../helpers/users";

// The outbox against a real SMTP server: what arrives, how often, and what happens when the server
// is down, refuses, or a worker dies between sending and marking.
let database: TestDatabase;
let smtp: TestSmtpServer;
let send: SendMail;

const FROM = "Open Problems <no-reply@example.org>";
const MAIL_ENV = { MAIL_FROM: FROM };
const SECOND = 1000;
const now = new Date("2026-12-10T09:30:00Z");
const later = (ms: number, from = now) => new Date(from.getTime() + ms);

beforeAll(async () => {
  database = createTestDatabase();
  smtp = await startSmtpServer();
  send = smtpSender({ smtpUrl: smtp.url, from: FROM });
});

afterAll(async () => {
  await smtp.stop();
  await database.cleanup();
});

beforeEach(async () => {
  await database.prisma.outgoingMail.deleteMany();
  await database.prisma.notification.deleteMany();
  await database.prisma.claim.deleteMany();
  await database.prisma.jobLease.deleteMany();
  smtp.received.length = 0;
  smtp.rejectData(false);
});

function draft(key: string, overrides: Partial<MailDraft> = {}): MailDraft {
  return {
    dedupeKey: key,
    to: `${key}@example.net`,
    subject: `Subject ${key}`,
    text: `Text of ${key}`,
    html: `<p>HTML of ${key}</p>`,
    ...overrides,
  };
}

async function enqueue(key: string, overrides: Partial<MailDraft> = {}) {
  await enqueueMail(database.prisma, draft(key, overrides), MAIL_ENV);
  return database.prisma.outgoingMail.findUniqueOrThrow({ where: { dedupeKey: key } });
}

const row = (id: number) => database.prisma.outgoingMail.findUniqueOrThrow({ where: { id } });
const deliver = (when: Date, workerId = "worker-a", sender = send, client: Database = database.prisma) =>
  deliverPendingMail({ database: client, send: sender, now: when, workerId });

describe("delivery", () => {
  it("delivers a row once, with its subject, recipient, fixed Message-ID and one-click unsubscribe headers", async () => {
    const mail = await enqueue("welcome", { unsubscribeUrl: "https://example.org/unsubscribe/abc" });
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@example\.org>$/);

    expect(await deliver(now)).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
    expect(smtp.received).toHaveLength(1);
    const [arrived] = smtp.received;
    expect(arrived).toMatchObject({ to: ["welcome@example.net"], subject: "Subject welcome", messageId: mail.messageId });
    expect(arrived!.from).toMatch(/^"?Open Problems"? <no-reply@example\.org>$/);
    expect(arrived!.text.trim()).toBe("Text of welcome");
    expect(arrived!.html).toContain("<p>HTML of welcome</p>");
    expect(arrived!.headers["list-unsubscribe"]).toBe("<https://example.org/unsubscribe/abc>");
    expect(arrived!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(await row(mail.id)).toMatchObject({ status: "sent", sentAt: expect.any(Date), leasedUntil: null, leasedBy: null });

    expect(await deliver(later(3600 * SECOND))).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("sends mail without an unsubscribe URL (password reset) without List-Unsubscribe headers", async () => {
    await enqueue("reset");
    await deliver(now);
    expect(smtp.received[0]!.headers["list-unsubscribe"]).toBeUndefined();
    expect(smtp.received[0]!.headers["list-unsubscribe-post"]).toBeUndefined();
  });

  it("keeps a row pending while SMTP is down and delivers it exactly once after the server is back", async () => {
    const mail = await enqueue("outage");
    await smtp.stop();
    try {
      await expect(runMailWorkerOnce({ database: database.prisma, now, workerId: "worker-a", send })).resolves.toMatchObject({
        delivery: { sent: 0, retried: 1, failed: 0, cancelled: 0 },
      });
      const afterFailure = await row(mail.id);
      expect(afterFailure).toMatchObject({ status: "pending", attempts: 1, leasedUntil: null, leasedBy: null });
      expect(afterFailure.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(afterFailure.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 30 * SECOND);
    } finally {
      await smtp.restart();
    }
    // Back up, but not yet due: nothing is sent early.
    expect((await deliver(later(10 * SECOND))).sent).toBe(0);
    expect(smtp.received).toHaveLength(0);

    expect((await deliver(later(31 * SECOND))).sent).toBe(1);
    expect((await deliver(later(120 * SECOND))).sent).toBe(0);
    expect(smtp.received.map((message) => message.messageId)).toEqual([mail.messageId]);
    expect(await row(mail.id)).toMatchObject({ status: "sent", attempts: 2, lastError: "" });
  });

  it("sends each of 30 rows exactly once when two workers on two connections run at the same time", async () => {
    const keys = Array.from({ length: 30 }, (_, index) => `race-${index}`);
    for (const key of keys) await enqueue(key);
    const otherProcess = createDatabaseClient(database.url);
    try {
      const [first, second] = await Promise.all([
        deliverPendingMail({ database: database.prisma, send, now, workerId: "worker-a", batchSize: 30 }),
        deliverPendingMail({ database: otherProcess, send, now, workerId: "worker-b", batchSize: 30 }),
      ]);
      expect(first.sent + second.sent).toBe(30);
    } finally {
      await otherProcess.$disconnect();
    }
    const ids = smtp.received.map((message) => message.messageId);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    const rows = await database.prisma.outgoingMail.findMany();
    expect(new Set(ids)).toEqual(new Set(rows.map((mail) => mail.messageId)));
    expect(rows.every((mail) => mail.status === "sent")).toBe(true);
  });

  it("resends under the same Message-ID when a worker died between sending and marking, once its lease expired", async () => {
    const mail = await enqueue("crash");
    // Worker A hands the message to SMTP and then stalls forever, as if its process died there:
    // the row stays pending and leased to it.
    let resumeA!: () => void;
    const stalled = new Promise<void>((resolve) => (resumeA = resolve));
    const sendThenStall: SendMail = async (message) => {
      await send(message);
      await stalled;
    };
    const workerA = deliverPendingMail({ database: database.prisma, send: sendThenStall, now, workerId: "worker-a", leaseMs: 60 * SECOND });
    await smtp.waitFor((received) => received.length === 1);
    expect(await row(mail.id)).toMatchObject({ status: "pending", leasedBy: "worker-a" });

    // Within the lease nobody else touches it.
    expect((await deliver(later(30 * SECOND), "worker-b")).sent).toBe(0);
    // After it, worker B sends it again: a duplicate, but recognisably the same message.
    expect((await deliver(later(61 * SECOND), "worker-b")).sent).toBe(1);
    expect(smtp.received.map((message) => message.messageId)).toEqual([mail.messageId, mail.messageId]);
    const sentByB = await row(mail.id);
    expect(sentByB).toMatchObject({ status: "sent", leasedBy: null });

    // Worker A wakes up: its lease is gone, so its mark changes nothing.
    resumeA();
    await workerA;
    expect(await row(mail.id)).toEqual(sentByB);
  });

  it("cancels, and never sends, mail about a claim a moderator has hidden since", async () => {
    const owner = await createUser(database.prisma, "Owner");
    await database.prisma.category.upsert({
      where: { slug: "mail-test" },
      update: {},
      create: { slug: "mail-test", position: 1, title: "Mail", summary: "", sourceUrl: "https://example.org", bodyHtml: "", contentHash: "x" },
    });
    const problem = await database.prisma.problem.upsert({
      where: { number: "99.1" },
      update: {},
      create: { number: "99.1", numberMajor: 99, numberMinor: 1, title: "P", categorySlug: "mail-test", sourceUrl: "https://example.org", bodyHtml: "", searchText: "", contentHash: "x" },
    });
    const claim = await database.prisma.claim.create({ data: { problemId: problem.id, userId: owner.id, status: "working", expiresAt: later(90 * 86_400 * SECOND) } });
    const notify = (eventKey: string) =>
      database.prisma.notification.create({ data: { userId: owner.id, kind: "claim-expiring", eventKey, claimId: claim.id, title: "Your claim expires soon", path: "/problems/99.1" } });
    const hiddenLater = await enqueue("about-hidden-claim", { notificationId: (await notify("a")).id, userId: owner.id });
    await database.prisma.claim.update({ where: { id: claim.id }, data: { hiddenAt: now } });

    expect(await deliver(now)).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 1 });
    expect(await row(hiddenLater.id)).toMatchObject({ status: "cancelled", leasedBy: null, sentAt: null });
    expect(await deliver(later(3600 * SECOND))).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
    expect(smtp.received).toHaveLength(0);

    // The same notification on a visible claim is sent.
    await database.prisma.claim.update({ where: { id: claim.id }, data: { hiddenAt: null } });
    await enqueue("about-visible-claim", { notificationId: (await notify("b")).id, userId: owner.id });
    expect((await deliver(now)).sent).toBe(1);
  });
});

describe("retries", () => {
  it("backs off 30 s, doubling up to an hour, and marks the row failed after MAX_ATTEMPTS refusals", async () => {
    const mail = await enqueue("refused");
    smtp.rejectData(true);
    const delays: number[] = [];
    let when = now;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const report = await deliver(when);
      const current = await row(mail.id);
      expect(current.attempts).toBe(attempt);
      expect(current.lastError).toMatch(/451/);
      if (attempt < MAX_ATTEMPTS) {
        expect(report).toEqual({ sent: 0, retried: 1, failed: 0, cancelled: 0 });
        expect(current.status).toBe("pending");
        // Not due before its time.
        expect((await deliver(later(-1, current.nextAttemptAt))).retried).toBe(0);
        delays.push(current.nextAttemptAt.getTime() - when.getTime());
        when = current.nextAttemptAt;
      } else {
        expect(report).toEqual({ sent: 0, retried: 0, failed: 1, cancelled: 0 });
        expect(current.status).toBe("failed");
      }
    }
    // Real time passes during each send, so each delay is the nominal one plus a few milliseconds.
    delays.forEach((delay, index) => {
      expect(delay).toBeGreaterThanOrEqual(retryDelayMs(index + 1));
      expect(delay).toBeLessThan(retryDelayMs(index + 1) + 5 * SECOND);
    });
    expect(retryDelayMs(1)).toBe(30 * SECOND);
    expect(retryDelayMs(2)).toBe(60 * SECOND);
    expect(retryDelayMs(MAX_ATTEMPTS)).toBe(3600 * SECOND);

    smtp.rejectData(false);
    expect((await deliver(later(86_400 * SECOND, when))).sent).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });
});

describe("outbox and leases", () => {
  it("keeps one row per dedupeKey, also when enqueued twice inside one transaction", async () => {
    expect(await enqueueMail(database.prisma, draft("once"), MAIL_ENV)).toBe(true);
    expect(await enqueueMail(database.prisma, draft("once", { subject: "changed" }), MAIL_ENV)).toBe(false);
    const results = await database.prisma.$transaction(async (transaction) => [
      await enqueueMail(transaction, draft("in-transaction"), MAIL_ENV),
      await enqueueMail(transaction, draft("in-transaction"), MAIL_ENV),
      await enqueueMail(transaction, draft("once"), MAIL_ENV),
    ]);
    expect(results).toEqual([true, false, false]);
    const rows = await database.prisma.outgoingMail.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((mail) => [mail.dedupeKey, mail.subject])).toEqual([
      ["once", "Subject once"],
      ["in-transaction", "Subject in-transaction"],
    ]);
  });

  it("creates one row when two connections enqueue the same key at once", async () => {
    const otherProcess = createDatabaseClient(database.url);
    try {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, index) => enqueueMail(index % 2 ? otherProcess : database.prisma, draft("concurrent"), MAIL_ENV)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    } finally {
      await otherProcess.$disconnect();
    }
    expect(await database.prisma.outgoingMail.count({ where: { dedupeKey: "concurrent" } })).toBe(1);
  });

  it("grants a job lease to one of two callers at once, renews it for its holder and hands it over when it expires", async () => {
    const otherProcess = createDatabaseClient(database.url);
    try {
      const results = await Promise.all([
        acquireLease(database.prisma, "sweep-test", "a", now, 60 * SECOND),
        acquireLease(otherProcess, "sweep-test", "b", now, 60 * SECOND),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
    } finally {
      await otherProcess.$disconnect();
    }
    const holder = (await database.prisma.jobLease.findUniqueOrThrow({ where: { name: "sweep-test" } })).holder;
    const other = holder === "a" ? "b" : "a";
    expect(await acquireLease(database.prisma, "sweep-test", other, later(30 * SECOND), 60 * SECOND)).toBe(false);
    expect(await acquireLease(database.prisma, "sweep-test", holder, later(30 * SECOND), 60 * SECOND)).toBe(true);
    expect(await acquireLease(database.prisma, "sweep-test", other, later(80 * SECOND), 60 * SECOND)).toBe(false);
    expect(await acquireLease(database.prisma, "sweep-test", other, later(91 * SECOND), 60 * SECOND)).toBe(true);
  });
});

describe("the worker loop", () => {
  it("without SMTP runs the sweep but sends nothing and leaves rows pending", async () => {
    const mail = await enqueue("mail-off");
    const run = await runMailWorkerOnce({ database: database.prisma, now, workerId: "worker-a", send: null });
    expect(run.sweep).not.toBeNull();
    expect(run.delivery).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
    expect(await row(mail.id)).toMatchObject({ status: "pending", attempts: 0 });
    // The sweep lease stays with this worker, so another instance skips the sweep meanwhile.
    expect((await runMailWorkerOnce({ database: database.prisma, now: later(SECOND), workerId: "worker-b", send: null })).sweep).toBeNull();
  });

  it("delivers a backlog larger than one batch in one run", async () => {
    for (let index = 0; index < 25; index++) await enqueue(`backlog-${index}`);
    const run = await runMailWorkerOnce({ database: database.prisma, now, workerId: "worker-a", send });
    expect(run.delivery.sent).toBe(25);
    expect(smtp.received).toHaveLength(25);
  });

  it("sends mail at once when nudged, through the nudge registered on globalThis", async () => {
    nudgeMailWorker(); // no worker yet: a no-op
    const worker = startMailWorker({ database: database.prisma, intervalMs: 3_600_000, settings: { smtpUrl: smtp.url, from: FROM }, log: () => {} });
    try {
      // Let the first run (at start, on an empty outbox) finish so the nudge is what sends.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await enqueue("nudged");
      nudgeMailWorker();
      await smtp.waitFor((received) => received.some((message) => message.subject === "Subject nudged"));
    } finally {
      await worker.stop();
    }
    nudgeMailWorker(); // stopped: a no-op again
  });
});
