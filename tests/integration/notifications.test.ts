import { rmSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readAuthSecret } from "@/lib/auth/secret";
import { ingestContent } from "@/lib/ingest/ingest";
import { copyContent, FIXTURE_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createUser } from "../helpers/users";

// Issue 9: every event notifies each recipient exactly once, never the actor, never about hidden items.
let database: TestDatabase;
let contentDir: string;
let claims: typeof import("@/lib/claims/service");
let notifications: typeof import("@/lib/notifications/service");
let inbox: typeof import("@/lib/notifications/queries");
let sweep: typeof import("@/lib/notifications/sweep");
let record: typeof import("@/lib/notifications/record");
let tokens: typeof import("@/lib/notifications/unsubscribe-token");

type User = Awaited<ReturnType<typeof createUser>>;
let owner: User;
let watcher: User;
let helper: User;
let stranger: User;

const DAY = 86_400_000;
const now = new Date("2026-12-10T09:30:00Z");
const later = (days: number) => new Date(now.getTime() + days * DAY);

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  delete process.env.SMTP_URL;
  contentDir = copyContent(FIXTURE_CONTENT_DIR);
  const result = await ingestContent(database.prisma, contentDir);
  if (!result.ok) throw new Error("fixture content is invalid");
  claims = await import("@/lib/claims/service");
  notifications = await import("@/lib/notifications/service");
  inbox = await import("@/lib/notifications/queries");
  sweep = await import("@/lib/notifications/sweep");
  record = await import("@/lib/notifications/record");
  tokens = await import("@/lib/notifications/unsubscribe-token");
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

beforeEach(async () => {
  delete process.env.SMTP_URL;
  await database.prisma.outgoingMail.deleteMany();
  await database.prisma.notification.deleteMany();
  await database.prisma.workLink.deleteMany();
  await database.prisma.claim.deleteMany();
  await database.prisma.user.deleteMany();
  owner = await createUser(database.prisma, "Owner");
  watcher = await createUser(database.prisma, "Watcher");
  helper = await createUser(database.prisma, "Helper");
  stranger = await createUser(database.prisma, "Stranger");
});

function ok<T>(result: { ok: true; value: T } | { ok: false; error: string; fieldErrors?: Record<string, string> }): T {
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.value;
}

const claimInput = { problemNumber: "1.1", status: "working", note: "", links: [], lookingForCollaborators: "on" };

async function claim(user: User, overrides: Record<string, unknown> = {}, when = now) {
  return ok(await claims.saveClaim(user, { ...claimInput, ...overrides }, when)).claimId;
}

async function watch(user: User, problemNumber = "1.1") {
  ok(await notifications.setWatching(user, { problemNumber, watch: "on" }, now));
}

/** A collaborator on the owner's claim: asked and accepted. */
async function join(claimId: number, user: User, when = now) {
  const { requestId } = ok(await claims.sendCollaborationRequest(user, { claimId, message: "I can help with the probing." }, when));
  ok(await claims.respondToRequest(owner, { requestId, decision: "accept" }, when));
  return requestId;
}

const kindsOf = async (user: User) =>
  (await database.prisma.notification.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } })).map((row) => row.kind);

describe("watchers", () => {
  it("hear that a problem was claimed, once, and the claimant is not told of their own claim", async () => {
    await watch(watcher);
    await claim(owner);
    // An edit of an active claim is not a new claim.
    await claim(owner, { note: "still at it" }, later(1));
    expect(await kindsOf(watcher)).toEqual(["problem_claimed"]);
    expect(await kindsOf(owner)).toEqual([]);
    const [row] = await database.prisma.notification.findMany({ where: { userId: watcher.id } });
    expect(row!.title).toContain("Owner is working on 1.1");
    expect(row!.path).toBe("/problems/1.1");
  });

  it("hear that the problem freed up when its last active claim is withdrawn, and not while another remains", async () => {
    await watch(watcher);
    const first = await claim(owner);
    await claim(helper, { lookingForCollaborators: "" });
    ok(await claims.withdrawClaim(owner, { claimId: first }, later(1)));
    expect(await kindsOf(watcher)).toEqual(["problem_claimed", "problem_claimed"]);
    const second = await database.prisma.claim.findFirstOrThrow({ where: { userId: helper.id } });
    ok(await claims.withdrawClaim(helper, { claimId: second.id }, later(2)));
    expect(await kindsOf(watcher)).toEqual(["problem_claimed", "problem_claimed", "problem_freed"]);
    // The owner watches automatically since claiming, so they hear that the helper's withdrawal freed it.
    expect(await kindsOf(owner)).toEqual(["problem_claimed", "problem_freed"]);
  });

  it("hear of existing work added, and the notice disappears when a moderator hides the link", async () => {
    await watch(watcher);
    const { linkId } = ok(await claims.addWorkLink(stranger, { problemNumber: "1.1", title: "A replication", url: "https://example.org/r", kind: "post" }));
    expect(await kindsOf(watcher)).toEqual(["work_added"]);
    expect(await kindsOf(stranger)).toEqual([]);
    expect(await inbox.unreadCount(watcher.id)).toBe(1);
    ok(await claims.setHidden({ id: owner.id, isAdmin: true }, { target: "link", id: linkId, hidden: "on" }));
    expect(await inbox.unreadCount(watcher.id)).toBe(0);
    expect((await inbox.inboxFor(watcher.id)).items).toEqual([]);
  });

  it("hear of an outcome when a claim is finished with one", async () => {
    const claimId = await claim(owner);
    await watch(watcher);
    await claim(owner, { status: "done", outcomeUrl: "https://example.org/post", outcomeSummary: "It works for small models" }, later(3));
    expect(await kindsOf(watcher)).toEqual(["work_added", "problem_freed"]);
    const outcome = await database.prisma.notification.findFirstOrThrow({ where: { userId: watcher.id, kind: "work_added" } });
    expect(outcome.claimId).toBe(claimId);
    expect(outcome.detail).toContain("It works for small models");
  });

  it("are not told about a hidden claim", async () => {
    await watch(watcher);
    const claimId = await claim(owner);
    ok(await claims.setHidden({ id: stranger.id, isAdmin: true }, { target: "claim", id: claimId, hidden: "on" }));
    expect(await inbox.unreadCount(watcher.id)).toBe(0);
    ok(await claims.withdrawClaim(owner, { claimId }, later(1)));
    // The hidden claim was not active, so its withdrawal frees nothing either.
    expect(await kindsOf(watcher)).toEqual(["problem_claimed"]);
  });

  it("can unwatch, after which they hear nothing", async () => {
    await watch(watcher);
    ok(await notifications.setWatching(watcher, { problemNumber: "1.1", watch: "off" }));
    await claim(owner);
    expect(await kindsOf(watcher)).toEqual([]);
    expect(await inbox.watchedProblems(owner.id)).toMatchObject([{ number: "1.1" }]);
  });

  it("refuses a watch of an unknown problem or a forged value with a message", async () => {
    expect(await notifications.setWatching(watcher, { problemNumber: "99.99", watch: "on" })).toMatchObject({ ok: false, error: "There is no problem 99.99." });
    expect(await notifications.setWatching(watcher, { problemNumber: "1.1", watch: "maybe" })).toMatchObject({ ok: false, fieldErrors: { watch: expect.any(String) } });
  });
});

describe("owners, requesters and collaborators", () => {
  it("tell the owner of a request, the requester of the answer, and the collaborator watches the problem", async () => {
    const claimId = await claim(owner);
    const { requestId } = ok(await claims.sendCollaborationRequest(helper, { claimId, message: "I know probing." }, later(1)));
    expect(await kindsOf(owner)).toEqual(["request_received"]);
    const received = await database.prisma.notification.findFirstOrThrow({ where: { userId: owner.id } });
    expect(received).toMatchObject({ requestId, detail: "I know probing.", path: "/me#received" });
    ok(await claims.respondToRequest(owner, { requestId, decision: "accept" }, later(2)));
    expect(await kindsOf(helper)).toEqual(["request_answered"]);
    expect((await database.prisma.notification.findFirstOrThrow({ where: { userId: helper.id } })).title).toContain("accepted");
    expect(await inbox.isWatching(helper.id, "1.1")).toBe(true);
  });

  it("tell a declined requester, including requests declined because the owner withdrew", async () => {
    const claimId = await claim(owner);
    const { requestId } = ok(await claims.sendCollaborationRequest(helper, { claimId, message: "Me?" }));
    ok(await claims.respondToRequest(owner, { requestId, decision: "decline" }, later(1)));
    ok(await claims.sendCollaborationRequest(stranger, { claimId, message: "And me?" }));
    ok(await claims.withdrawClaim(owner, { claimId }, later(2)));
    expect(await kindsOf(helper)).toEqual(["request_answered"]);
    const strangers = await database.prisma.notification.findMany({ where: { userId: stranger.id } });
    expect(strangers.map((row) => row.kind)).toEqual(["request_answered"]);
    expect(strangers[0]!.title).toContain("declined");
    expect(strangers[0]!.title).toContain("withdrawn");
  });

  it("tell collaborators of notes, status changes and withdrawal; the owner of collaborators' notes and departures", async () => {
    const claimId = await claim(owner);
    const requestId = await join(claimId, helper);
    ok(await claims.postProgressNote(owner, { claimId, body: "Probe trained on layer 3." }, later(1)));
    ok(await claims.postProgressNote(helper, { claimId, body: "Replicated on layer 4." }, later(2)));
    await claim(owner, { status: "paused" }, later(3));
    ok(await claims.withdrawRequest(helper, { requestId }, later(4)));
    // Pausing freed the problem, but the collaborator hears of it once, as the claim's change.
    expect(await kindsOf(helper)).toEqual(["request_answered", "claim_note", "claim_changed"]);
    expect(await kindsOf(owner)).toEqual(["request_received", "claim_note", "collaborator_left"]);
    const changed = await database.prisma.notification.findFirstOrThrow({ where: { userId: helper.id, kind: "claim_changed" } });
    expect(changed.title).toBe("Owner changed their claim on 1.1 to “Paused”");
  });

  it("tell collaborators when the owner withdraws or finishes", async () => {
    const claimId = await claim(owner);
    await join(claimId, helper);
    ok(await claims.withdrawClaim(owner, { claimId }, later(1)));
    const titles = (await database.prisma.notification.findMany({ where: { userId: helper.id, kind: "claim_changed" } })).map((row) => row.title);
    expect(titles).toEqual(["Owner withdrew their claim on 1.1"]);
  });
});

describe("exactly once", () => {
  it("keeps one notification per recipient and event however often it is reported", async () => {
    const event = { kind: "problem_freed" as const, eventKey: "test-event:1", actorId: null, recipientIds: [watcher.id, watcher.id, helper.id], title: "t", path: "/", at: now };
    const first = await database.prisma.$transaction((tx) => record.notify(tx, event));
    const second = await database.prisma.$transaction((tx) => record.notify(tx, event));
    expect([first, second]).toEqual([2, 0]);
    expect(await database.prisma.notification.count({ where: { eventKey: "test-event:1" } })).toBe(2);
    // The database refuses a duplicate outright, whatever the code does.
    await expect(
      database.prisma.notification.create({ data: { userId: watcher.id, kind: "problem_freed", eventKey: "test-event:1", title: "t", path: "/" } }),
    ).rejects.toThrow();
  });
});

describe("the sweep", () => {
  it("reminds an owner 14 days before expiry once, even with two sweeps at once, and again after a renewal", async () => {
    const claimId = await claim(owner, { expiresOn: "2026-12-20" });
    const reports = await Promise.all([sweep.runNotificationSweep(database.prisma, now), sweep.runNotificationSweep(database.prisma, now)]);
    expect(reports.map((report) => report.expiryReminders).sort()).toEqual([0, 1]);
    await sweep.runNotificationSweep(database.prisma, later(1));
    expect(await kindsOf(owner)).toEqual(["claim_expiring"]);
    ok(await claims.renewClaim(owner, { claimId, expiresOn: "2026-12-31" }, later(2)));
    // The renewed date is more than 14 days away on 13 Dec, and within them on 20 Dec.
    await sweep.runNotificationSweep(database.prisma, later(3));
    expect(await kindsOf(owner)).toEqual(["claim_expiring"]);
    await sweep.runNotificationSweep(database.prisma, new Date("2026-12-20T10:00:00Z"));
    expect(await kindsOf(owner)).toEqual(["claim_expiring", "claim_expiring"]);
  });

  it("tells the owner of a lapse and watchers that the problem freed up, once", async () => {
    await claim(owner, { expiresOn: "2026-12-12" });
    await watch(watcher);
    const afterLapse = new Date("2026-12-13T10:00:00Z");
    await Promise.all([sweep.runNotificationSweep(database.prisma, afterLapse), sweep.runNotificationSweep(database.prisma, afterLapse)]);
    await sweep.runNotificationSweep(database.prisma, new Date("2026-12-14T10:00:00Z"));
    // No sweep ran while it was about to expire, so the lapse is the first the owner hears.
    expect(await kindsOf(owner)).toEqual(["claim_lapsed"]);
    expect(await kindsOf(watcher)).toEqual(["problem_freed"]);
  });

  it("does not announce lapses older than a week (an upgrade does not flood owners)", async () => {
    await claim(owner, { expiresOn: "2026-12-12" });
    await sweep.runNotificationSweep(database.prisma, new Date("2027-01-30T10:00:00Z"));
    expect(await kindsOf(owner)).toEqual([]);
  });
});

describe("email", () => {
  const verify = (user: User) => database.prisma.user.update({ where: { id: user.id }, data: { emailVerified: true } });
  const mailTo = (user: User) => database.prisma.outgoingMail.findMany({ where: { toAddress: user.email }, orderBy: { id: "asc" } });

  it("queues nothing without SMTP_URL: the inbox alone fills", async () => {
    await verify(owner);
    const claimId = await claim(owner);
    ok(await claims.sendCollaborationRequest(helper, { claimId, message: "Hello" }));
    expect(await kindsOf(owner)).toEqual(["request_received"]);
    expect(await database.prisma.outgoingMail.count()).toBe(0);
  });

  it("queues one email right away for a verified recipient, with an unsubscribe link that works signed out", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    await verify(owner);
    const claimId = await claim(owner);
    ok(await claims.sendCollaborationRequest(helper, { claimId, message: "Hello" }));
    const [mail] = await mailTo(owner);
    expect(mail).toMatchObject({ subject: expect.stringContaining("Helper asks to join your claim on 1.1"), status: "pending" });
    expect(mail!.text).toContain("http://localhost:3000/me#received");
    const query = new URL(mail!.unsubscribeUrl).searchParams;
    const link = tokens.verifyUnsubscribe(Object.fromEntries(query), readAuthSecret());
    expect(link).toEqual({ userId: owner.id, scope: "request_received" });
    // A token for someone else, or a changed scope, is refused.
    expect(tokens.verifyUnsubscribe({ ...Object.fromEntries(query), u: helper.id }, readAuthSecret())).toBeNull();
    expect(tokens.verifyUnsubscribe({ ...Object.fromEntries(query), k: "all" }, readAuthSecret())).toBeNull();
    ok(await notifications.unsubscribe(owner.id, "request_received"));
    ok(await claims.sendCollaborationRequest(stranger, { claimId, message: "Hello too" }));
    expect(await mailTo(owner)).toHaveLength(1);
    expect(await kindsOf(owner)).toEqual(["request_received", "request_received"]);
  });

  it("sends nothing to an unverified address", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    const claimId = await claim(owner);
    ok(await claims.sendCollaborationRequest(helper, { claimId, message: "Hello" }));
    expect(await database.prisma.outgoingMail.count()).toBe(0);
  });

  it("batches digest kinds into one email the next day, leaving out what was read or hidden since", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    await verify(watcher);
    await watch(watcher);
    await watch(watcher, "1.2");
    await claim(owner);
    await claim(owner, { problemNumber: "1.2" });
    const { linkId } = ok(await claims.addWorkLink(stranger, { problemNumber: "1.1", title: "Hidden later", url: "https://example.org/h", kind: "post" }));
    const { linkId: readLinkId } = ok(await claims.addWorkLink(stranger, { problemNumber: "1.2", title: "Read already", url: "https://example.org/x", kind: "post" }));
    ok(await claims.setHidden({ id: stranger.id, isAdmin: true }, { target: "link", id: linkId, hidden: "on" }));
    const read = await database.prisma.notification.findFirstOrThrow({ where: { workLinkId: readLinkId, userId: watcher.id } });
    ok(await notifications.markNotificationRead(watcher, { notificationId: read.id }));
    // Nothing is emailed at once for digest kinds, and nothing goes out the same day.
    expect(await mailTo(watcher)).toHaveLength(0);
    expect((await sweep.runNotificationSweep(database.prisma, later(0.5))).digests).toBe(0);
    const nextDay = new Date("2026-12-11T06:00:00Z");
    const [first, second] = await Promise.all([sweep.runNotificationSweep(database.prisma, nextDay), sweep.runNotificationSweep(database.prisma, nextDay)]);
    expect(first!.digests + second!.digests).toBe(1);
    const [digest] = await mailTo(watcher);
    expect(digest!.subject).toBe("Your daily digest: 2 updates");
    expect(digest!.text).toContain("Owner is working on 1.1");
    expect(digest!.text).toContain("Owner is working on 1.2");
    expect(digest!.text).not.toContain("Hidden later");
    expect(digest!.text).not.toContain("Read already");
    await sweep.runNotificationSweep(database.prisma, new Date("2026-12-12T06:00:00Z"));
    expect(await mailTo(watcher)).toHaveLength(1);
  });

  it("saves per-kind settings and refuses a forged mode", async () => {
    const { NOTIFICATION_KINDS } = await import("@/lib/notifications/kinds");
    const all = (mode: string) => Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [`email.${kind}`, mode]));
    ok(await notifications.saveEmailPreferences(owner, { ...all("never"), "email.claim_note": "digest" }));
    expect((await inbox.emailSettingsFor(owner.id)).modes).toMatchObject({ claim_note: "digest", request_received: "never" });
    const forged = await notifications.saveEmailPreferences(owner, { ...all("never"), "email.claim_note": "hourly" });
    expect(forged).toMatchObject({ ok: false, fieldErrors: { "email.claim_note": expect.any(String) } });
  });
});

describe("the inbox", () => {
  it("lists newest first, marks one read and all read, and only the recipient can mark theirs", async () => {
    await watch(watcher);
    await claim(owner);
    await claim(helper, {}, later(1));
    const { items, unread } = await inbox.inboxFor(watcher.id);
    expect(unread).toBe(2);
    expect(items.map((item) => item.title)).toEqual([expect.stringContaining("Helper"), expect.stringContaining("Owner")]);
    expect(await notifications.markNotificationRead(stranger, { notificationId: items[0]!.id })).toMatchObject({ ok: false });
    ok(await notifications.markNotificationRead(watcher, { notificationId: items[0]!.id }));
    expect(await inbox.unreadCount(watcher.id)).toBe(1);
    expect(ok(await notifications.markAllNotificationsRead(watcher, {}))).toEqual({ count: 1 });
    expect(await inbox.unreadCount(watcher.id)).toBe(0);
  });
});
