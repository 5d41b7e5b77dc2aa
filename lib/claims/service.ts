import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recomputeCommunityDifficulty } from "@/lib/community-difficulty/service";
import { renderUserMarkdown } from "@/lib/content/markdown";
import { invalid, refused, succeeded, type MutationResult } from "@/lib/mutation-result";
import {
  reportClaimChange,
  reportCollaboratorLeft,
  reportProgressNote,
  reportRequestAnswered,
  reportRequestReceived,
  reportRequestsClosed,
  reportWorkLinkAdded,
  watchProblem,
} from "@/lib/notifications/events";
import { activeClaimWhere, isActiveClaim } from "./activity";
import { chosenExpiry, defaultExpiry } from "./expiry";
import {
  ACTIVE_CLAIM_STATUSES,
  claimIdSchema,
  claimInputSchema,
  MAX_ACTIVE_CLAIMS,
  moderationInputSchema,
  progressNoteInputSchema,
  renewInputSchema,
  requestIdSchema,
  requestInputSchema,
  requestResponseSchema,
  workLinkIdSchema,
  workLinkInputSchema,
  type ClaimInput,
} from "./schemas";

/**
 * Every claim, collaboration, link and moderation write. Each takes the acting user (from the
 * session, never from the form) and untrusted input, validates it, and checks ownership here on
 * the server, so a forged post can do no more than the real form.
 */
export type Actor = { id: string; isAdmin?: boolean };

const NOT_YOUR_CLAIM = "You can only change your own claims.";

async function liveProblemId(number: string): Promise<MutationResult<number>> {
  const problem = await db.problem.findUnique({ where: { number }, select: { id: true, archivedAt: true } });
  if (!problem) return refused(`There is no problem ${number}.`);
  if (problem.archivedAt) return refused(`Problem ${number} is archived and takes no new claims or links.`);
  return succeeded(problem.id);
}

function claimData(input: ClaimInput, expiresAt: Date, now: Date) {
  const done = input.status === "done";
  return {
    status: input.status,
    note: input.note,
    linksJson: JSON.stringify(input.links),
    lookingForCollaborators: input.lookingForCollaborators,
    purpose: input.purpose,
    aiInvolvement: input.aiInvolvement,
    outcomeUrl: done ? input.outcomeUrl : "",
    outcomeSummary: done ? input.outcomeSummary : "",
    lastUpdateAt: now,
    expiresAt,
  };
}

function hasActiveStatus(status: string): boolean {
  return (ACTIVE_CLAIM_STATUSES as readonly string[]).includes(status);
}

/** The expiry a save or renewal sets: the owner's chosen day, else the default; a day out of range is a field error. */
function expiryFor(day: string, now: Date): MutationResult<Date> {
  if (day === "") return succeeded(defaultExpiry(now));
  const chosen = chosenExpiry(day, now);
  return chosen.ok ? succeeded(chosen.expiresAt) : { ok: false, error: "Check the fields below.", fieldErrors: { expiresOn: chosen.error } };
}

/**
 * Refuses making a claim active when the user already holds MAX_ACTIVE_CLAIMS active ones; a claim
 * that is active already (an edit, an early renewal) never counts against its own owner.
 */
async function withinActiveClaimCap(
  tx: Pick<typeof db, "claim">,
  userId: string,
  claimId: number | null,
  now: Date,
): Promise<MutationResult> {
  const others = await tx.claim.count({ where: { userId, ...activeClaimWhere(now), ...(claimId ? { id: { not: claimId } } : {}) } });
  if (others < MAX_ACTIVE_CLAIMS) return succeeded(undefined);
  return refused(`You already have ${MAX_ACTIVE_CLAIMS} active claims, the most one person can hold. Mark one done, paused or withdrawn first.`);
}

/**
 * Creates or updates the actor's claim on a problem (one per user per problem). Says when a
 * moderator hid the claim, so its owner is not told it is visible when it is not.
 */
export async function saveClaim(
  actor: Actor,
  rawInput: unknown,
  now = new Date(),
): Promise<MutationResult<{ claimId: number; created: boolean; hiddenAt: Date | null }>> {
  const parsed = claimInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const expiresAt = expiryFor(parsed.data.expiresOn, now);
  if (!expiresAt.ok) return expiresAt;
  const problem = await liveProblemId(parsed.data.problemNumber);
  if (!problem.ok) return problem;
  const key = { problemId_userId: { problemId: problem.value, userId: actor.id } };
  const data = claimData(parsed.data, expiresAt.value, now);

  type Saved = MutationResult<{ claimId: number; created: boolean; hiddenAt: Date | null }>;
  const update = () =>
    db.$transaction(async (tx): Promise<Saved | null> => {
      const existing = await tx.claim.findUnique({
        where: key,
        select: { id: true, status: true, hiddenAt: true, expiresAt: true, outcomeUrl: true, outcomeSummary: true },
      });
      if (!existing) return null;
      if (hasActiveStatus(data.status) && !isActiveClaim(existing, now)) {
        const cap = await withinActiveClaimCap(tx, actor.id, existing.id, now);
        if (!cap.ok) return cap;
      }
      // Coming back after withdrawing starts a new stint of work.
      const restart = existing.status === "withdrawn" ? { startedAt: now } : {};
      await tx.claim.update({ where: { id: existing.id }, data: { ...data, ...restart } });
      // A new stint has not yet earned a difficulty report: an earlier one stops counting until it has.
      if (existing.status === "withdrawn") await recomputeCommunityDifficulty(tx, problem.value, now);
      await reportClaimChange(tx, existing.id, existing, actor.id, now);
      return succeeded({ claimId: existing.id, created: false, hiddenAt: existing.hiddenAt });
    });

  const updated = await update();
  if (updated) return updated;
  try {
    const created = await db.$transaction(async (tx): Promise<Saved> => {
      if (hasActiveStatus(data.status)) {
        const cap = await withinActiveClaimCap(tx, actor.id, null, now);
        if (!cap.ok) return cap;
      }
      const claim = await tx.claim.create({ data: { problemId: problem.value, userId: actor.id, startedAt: now, ...data } });
      await watchProblem(tx, actor.id, problem.value, now);
      await reportClaimChange(tx, claim.id, null, actor.id, now);
      return succeeded({ claimId: claim.id, created: true, hiddenAt: null });
    });
    return created;
  } catch (error) {
    // A second submit raced us to the insert: the unique (problem, user) index kept one row; update it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const retried = await update();
      if (retried) return retried;
    }
    throw error;
  }
}

/** Withdraws the actor's own claim; it stays in history and its open requests are declined. */
export async function withdrawClaim(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult> {
  const parsed = claimIdSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const { claimId } = parsed.data;
  // Check and write in one transaction, so the ownership checked is the ownership written.
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { userId: true, status: true, hiddenAt: true, expiresAt: true, outcomeUrl: true, outcomeSummary: true },
    });
    if (!claim || claim.userId !== actor.id) return refused(NOT_YOUR_CLAIM);
    if (claim.status === "withdrawn") return succeeded(undefined);
    await tx.claim.update({ where: { id: claimId }, data: { status: "withdrawn", lookingForCollaborators: false, lastUpdateAt: now } });
    const pending = await tx.collaborationRequest.findMany({ where: { claimId, status: "pending" }, select: { id: true } });
    await tx.collaborationRequest.updateMany({ where: { id: { in: pending.map((request) => request.id) } }, data: { status: "declined", respondedAt: now } });
    await reportClaimChange(tx, claimId, claim, actor.id, now);
    if (!claim.hiddenAt) await reportRequestsClosed(tx, pending.map((request) => request.id), actor.id, now);
    return succeeded(undefined);
  });
}

/**
 * "Still on it": the owner moves an interested/working claim's expiry to the chosen day or the
 * default, lapsed or not. Nothing else about the claim changes.
 */
export async function renewClaim(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult<{ expiresAt: Date }>> {
  const parsed = renewInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const expiresAt = expiryFor(parsed.data.expiresOn, now);
  if (!expiresAt.ok) return expiresAt;
  const { claimId } = parsed.data;
  return db.$transaction(async (tx): Promise<MutationResult<{ expiresAt: Date }>> => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { userId: true, status: true, hiddenAt: true, expiresAt: true, outcomeUrl: true, outcomeSummary: true },
    });
    if (!claim || claim.userId !== actor.id) return refused(NOT_YOUR_CLAIM);
    if (!hasActiveStatus(claim.status)) return refused("Only interested or working claims expire; change the claim's status to take it up again.");
    if (!isActiveClaim(claim, now)) {
      const cap = await withinActiveClaimCap(tx, actor.id, claimId, now);
      if (!cap.ok) return cap;
    }
    await tx.claim.update({ where: { id: claimId }, data: { expiresAt: expiresAt.value, lastUpdateAt: now } });
    await reportClaimChange(tx, claimId, claim, actor.id, now);
    return succeeded({ expiresAt: expiresAt.value });
  });
}

/**
 * The owner or an accepted collaborator posts a dated progress note (Markdown, rendered and
 * sanitised once, here). A note on an interested/working claim renews it: its expiry becomes at
 * least the default from today, never earlier than a date the owner chose.
 */
export async function postProgressNote(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult<{ noteId: number }>> {
  const parsed = progressNoteInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const { claimId, body, links } = parsed.data;
  const bodyHtml = renderUserMarkdown(body);
  return db.$transaction(async (tx): Promise<MutationResult<{ noteId: number }>> => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { userId: true, status: true, hiddenAt: true, expiresAt: true, requests: { where: { requesterId: actor.id, status: "accepted", hiddenAt: null }, select: { id: true } } },
    });
    const owner = claim?.userId === actor.id;
    if (!claim || (!owner && (claim.hiddenAt || claim.requests.length === 0))) return refused("Only the claim's owner and its collaborators can post progress notes.");
    if (claim.status === "withdrawn") return refused("This claim was withdrawn; it takes no more notes.");
    const note = await tx.claimNote.create({ data: { claimId, authorId: actor.id, body, bodyHtml, linksJson: JSON.stringify(links), createdAt: now } });
    const renewed = defaultExpiry(now);
    const expiry = hasActiveStatus(claim.status) && claim.expiresAt < renewed ? { expiresAt: renewed } : {};
    await tx.claim.update({ where: { id: claimId }, data: { lastUpdateAt: now, ...expiry } });
    await reportProgressNote(tx, note.id, now);
    return succeeded({ noteId: note.id });
  });
}

const ALREADY_ASKED: Record<string, string> = {
  pending: "You have already asked; wait for an answer.",
  accepted: "You are already a collaborator on this claim.",
  declined: "The owner declined your earlier request.",
};

/** Asks to join another user's claim that is looking for collaborators. */
export async function sendCollaborationRequest(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult<{ requestId: number }>> {
  const parsed = requestInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const { claimId, message } = parsed.data;
  const ask = () =>
    db.$transaction(async (tx): Promise<MutationResult<{ requestId: number }>> => {
      const claim = await tx.claim.findUnique({ where: { id: claimId } });
      if (!claim || claim.hiddenAt) return refused("That claim does not exist.");
      if (claim.userId === actor.id) return refused("This is your own claim.");
      if (!claim.lookingForCollaborators || !isActiveClaim(claim, now)) return refused("This claim is not looking for collaborators.");
      const existing = await tx.collaborationRequest.findUnique({ where: { claimId_requesterId: { claimId, requesterId: actor.id } } });
      if (existing && existing.status !== "withdrawn") return refused(ALREADY_ASKED[existing.status] ?? "You have already asked.");
      const request = existing
        ? await tx.collaborationRequest.update({ where: { id: existing.id }, data: { message, status: "pending", respondedAt: null, createdAt: now } })
        : await tx.collaborationRequest.create({ data: { claimId, requesterId: actor.id, message, createdAt: now } });
      await reportRequestReceived(tx, request.id, now);
      return succeeded({ requestId: request.id });
    });
  try {
    return await ask();
  } catch (error) {
    // A second submit raced us to the insert: the unique (claim, requester) index kept one row.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return ask();
    throw error;
  }
}

/** The claim's owner accepts or declines a pending request. */
export async function respondToRequest(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult> {
  const parsed = requestResponseSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const { requestId, decision } = parsed.data;
  return db.$transaction(async (tx) => {
    const request = await tx.collaborationRequest.findUnique({ where: { id: requestId }, include: { claim: { select: { userId: true } } } });
    if (!request || request.claim.userId !== actor.id) return refused("You can only answer requests on your own claims.");
    // Conditional on still being pending, so a withdrawal that lands first is not overwritten.
    const answered = await tx.collaborationRequest.updateMany({
      where: { id: requestId, status: "pending" },
      data: { status: decision === "accept" ? "accepted" : "declined", respondedAt: now },
    });
    if (answered.count === 1) {
      if (!request.hiddenAt) await reportRequestAnswered(tx, requestId, decision === "accept" ? "accepted" : "declined", actor.id, now);
      return succeeded(undefined);
    }
    return refused(request.status === "withdrawn" ? "The requester has withdrawn this request." : "This request has already been answered.");
  });
}

/** The requester withdraws a pending request, or leaves a claim they collaborate on. */
export async function withdrawRequest(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult> {
  const parsed = requestIdSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const { requestId } = parsed.data;
  return db.$transaction(async (tx) => {
    const request = await tx.collaborationRequest.findUnique({ where: { id: requestId }, select: { requesterId: true, status: true, hiddenAt: true } });
    if (!request || request.requesterId !== actor.id) return refused("You can only withdraw your own requests.");
    const withdrawn = await tx.collaborationRequest.updateMany({
      where: { id: requestId, status: { in: ["pending", "accepted"] } },
      data: { status: "withdrawn", respondedAt: now },
    });
    if (withdrawn.count !== 1) return refused("This request is no longer open.");
    // Only leaving is news to the owner; a pending request taken back needs no answer any more.
    if (request.status === "accepted" && !request.hiddenAt) await reportCollaboratorLeft(tx, requestId, now);
    return succeeded(undefined);
  });
}

/** Adds a link to existing work on a problem. */
export async function addWorkLink(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult<{ linkId: number }>> {
  const parsed = workLinkInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const problem = await liveProblemId(parsed.data.problemNumber);
  if (!problem.ok) return problem;
  return db.$transaction(async (tx) => {
    const link = await tx.workLink.create({
      data: { problemId: problem.value, userId: actor.id, title: parsed.data.title, url: parsed.data.url, kind: parsed.data.kind, createdAt: now },
    });
    await reportWorkLinkAdded(tx, link.id, now);
    return succeeded({ linkId: link.id });
  });
}

/**
 * Moderators hide or unhide a claim, request or link; hidden rows stay in the database. The change
 * and its ModerationAction row (who, what, when) are written in one transaction, so the log never
 * misses a change nor records one that did not happen. Repeating a hide keeps the first date and logs nothing.
 */
export async function setHidden(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult> {
  if (!actor.isAdmin) return refused("Only moderators can hide items.");
  const parsed = moderationInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const { target, id, hidden } = parsed.data;
  const data = { hiddenAt: hidden ? now : null };
  // Only rows not already in the asked-for state change.
  const where = { id, hiddenAt: hidden ? null : { not: null } };
  return db.$transaction(async (transaction) => {
    const updated =
      target === "claim"
        ? await transaction.claim.updateMany({ where, data })
        : target === "request"
          ? await transaction.collaborationRequest.updateMany({ where, data })
          : await transaction.workLink.updateMany({ where, data });
    if (updated.count === 0) {
      const exists =
        target === "claim"
          ? await transaction.claim.count({ where: { id } })
          : target === "request"
            ? await transaction.collaborationRequest.count({ where: { id } })
            : await transaction.workLink.count({ where: { id } });
      return exists ? succeeded(undefined) : refused(`There is no ${target} ${id}.`);
    }
    await transaction.moderationAction.create({
      data: { moderatorId: actor.id, targetType: target, targetId: id, action: hidden ? "hide" : "unhide", createdAt: now },
    });
    // A hidden claim no longer backs its owner's difficulty report (lib/community-difficulty/eligibility.ts).
    if (target === "claim") {
      const { problemId } = await transaction.claim.findUniqueOrThrow({ where: { id }, select: { problemId: true } });
      await recomputeCommunityDifficulty(transaction, problemId, now);
    }
    return succeeded(undefined);
  });
}

/**
 * Removes a link to existing work that the actor added: a real delete of their own row.
 * Nobody removes other people's links; moderators hide them instead, which keeps a record.
 */
export async function deleteWorkLink(actor: Actor, rawInput: unknown): Promise<MutationResult> {
  const parsed = workLinkIdSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  // Owner check and delete in one statement: nothing to race between them.
  const deleted = await db.workLink.deleteMany({ where: { id: parsed.data.linkId, userId: actor.id } });
  if (deleted.count === 0) return refused("You can only remove links you added yourself.");
  return succeeded(undefined);
}
