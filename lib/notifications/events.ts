import { activeClaimWhere, isActiveClaim } from "@/lib/claims/activity";
import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/claims/vocabulary";
import { formatDay } from "@/lib/format-date";
import { notify, type Transaction } from "./record";

/**
 * The events of claims, collaboration and links, each turned into notifications for the people it
 * concerns. The services call these inside the transaction of the write, after writing.
 */

type ClaimFacts = {
  claimId: number;
  problemId: number;
  number: string;
  problemTitle: string;
  ownerId: string;
  ownerName: string;
  status: string;
  hiddenAt: Date | null;
  expiresAt: Date;
  outcomeUrl: string;
  outcomeSummary: string;
};

/** A claim's state before a write, to compare with after it; null for a claim the write created. */
export type ClaimBefore = { status: string; hiddenAt: Date | null; expiresAt: Date; outcomeUrl: string; outcomeSummary: string } | null;

const problemPath = (number: string) => `/problems/${number}`;
const named = (number: string, title: string) => `${number} “${title}”`;

async function claimFacts(tx: Transaction, claimId: number): Promise<ClaimFacts> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      problemId: true,
      userId: true,
      status: true,
      hiddenAt: true,
      expiresAt: true,
      outcomeUrl: true,
      outcomeSummary: true,
      user: { select: { name: true } },
      problem: { select: { number: true, title: true } },
    },
  });
  return {
    claimId,
    problemId: claim.problemId,
    number: claim.problem.number,
    problemTitle: claim.problem.title,
    ownerId: claim.userId,
    ownerName: claim.user.name,
    status: claim.status,
    hiddenAt: claim.hiddenAt,
    expiresAt: claim.expiresAt,
    outcomeUrl: claim.outcomeUrl,
    outcomeSummary: claim.outcomeSummary,
  };
}

export async function watcherIds(tx: Transaction, problemId: number): Promise<string[]> {
  const watches = await tx.watch.findMany({ where: { problemId }, select: { userId: true } });
  return watches.map((watch) => watch.userId);
}

/** Accepted collaborators whose membership a moderator has not hidden. */
export async function collaboratorIds(tx: Transaction, claimId: number): Promise<string[]> {
  const requests = await tx.collaborationRequest.findMany({ where: { claimId, status: "accepted", hiddenAt: null }, select: { requesterId: true } });
  return requests.map((request) => request.requesterId);
}

async function nameOf(tx: Transaction, userId: string): Promise<string> {
  return (await tx.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name ?? "Someone";
}

/** Watching is idempotent: a second watch of the same problem changes nothing. */
export async function watchProblem(tx: Transaction, userId: string, problemId: number, at: Date): Promise<void> {
  await tx.watch.upsert({ where: { userId_problemId: { userId, problemId } }, create: { userId, problemId, createdAt: at }, update: {} });
}

/**
 * Tells watchers when the problem has no active claim left, as the claim `claimId` stopped being
 * active. The claim's own people are left out: they hear of its change as such, not twice.
 */
async function reportFreedIfLast(tx: Transaction, facts: ClaimFacts, actorId: string | null, eventKey: string, at: Date): Promise<void> {
  const stillActive = await tx.claim.count({ where: { problemId: facts.problemId, ...activeClaimWhere(at) } });
  if (stillActive > 0) return;
  const onTheClaim = new Set([facts.ownerId, ...(await collaboratorIds(tx, facts.claimId))]);
  await notify(tx, {
    kind: "problem_freed",
    eventKey,
    actorId,
    recipientIds: (await watcherIds(tx, facts.problemId)).filter((id) => !onTheClaim.has(id)),
    title: `${named(facts.number, facts.problemTitle)} is free again: nobody is working on it now`,
    path: problemPath(facts.number),
    claimId: facts.claimId,
    at,
  });
}

function statusChangeTitle(facts: ClaimFacts, status: string): string {
  const on = `their claim on ${facts.number}`;
  if (status === "withdrawn") return `${facts.ownerName} withdrew ${on}`;
  if (status === "done") return `${facts.ownerName} marked ${on} done`;
  return `${facts.ownerName} changed ${on} to “${CLAIM_STATUS_LABELS[status as ClaimStatus] ?? status}”`;
}

/**
 * After the owner saved, renewed or withdrew a claim: watchers hear that the problem was claimed
 * (it became active) or freed up (its last active claim stopped), and of an outcome; collaborators
 * hear of a status change. Nothing is said about a hidden claim.
 */
export async function reportClaimChange(tx: Transaction, claimId: number, before: ClaimBefore, actorId: string, at: Date): Promise<void> {
  const facts = await claimFacts(tx, claimId);
  if (facts.hiddenAt) return;
  const stamp = at.getTime();
  const wasActive = before !== null && isActiveClaim(before, at);
  const isActive = isActiveClaim(facts, at);
  const path = problemPath(facts.number);

  if (!wasActive && isActive) {
    await watchProblem(tx, facts.ownerId, facts.problemId, at);
    const doing = facts.status === "working" ? "is working on" : "is interested in";
    await notify(tx, {
      kind: "problem_claimed",
      eventKey: `claimed:${claimId}:${stamp}`,
      actorId,
      recipientIds: await watcherIds(tx, facts.problemId),
      title: `${facts.ownerName} ${doing} ${named(facts.number, facts.problemTitle)}`,
      path,
      claimId,
      at,
    });
  }

  if (before !== null && before.status !== facts.status) {
    await notify(tx, {
      kind: "claim_changed",
      eventKey: `claim-status:${claimId}:${stamp}`,
      actorId,
      recipientIds: await collaboratorIds(tx, claimId),
      title: statusChangeTitle(facts, facts.status),
      detail: facts.status === "done" ? facts.outcomeSummary : "",
      path,
      claimId,
      at,
    });
  }

  const hasOutcome = facts.status === "done" && (facts.outcomeUrl !== "" || facts.outcomeSummary !== "");
  const outcomeIsNew = before === null || before.status !== "done" || before.outcomeUrl !== facts.outcomeUrl || before.outcomeSummary !== facts.outcomeSummary;
  if (hasOutcome && outcomeIsNew) {
    await notify(tx, {
      kind: "work_added",
      eventKey: `outcome:${claimId}:${stamp}`,
      actorId,
      recipientIds: await watcherIds(tx, facts.problemId),
      title: `${facts.ownerName} finished work on ${named(facts.number, facts.problemTitle)} and shared the outcome`,
      detail: [facts.outcomeSummary, facts.outcomeUrl].filter(Boolean).join("\n"),
      path,
      claimId,
      at,
    });
  }

  if (wasActive && !isActive) await reportFreedIfLast(tx, facts, actorId, `freed:${facts.problemId}:${claimId}:${stamp}`, at);
}

/** Requests the owner's withdrawal declined: each requester hears the answer. */
export async function reportRequestsClosed(tx: Transaction, requestIds: number[], actorId: string, at: Date): Promise<void> {
  for (const requestId of requestIds) await reportRequestAnswered(tx, requestId, "declined", actorId, at, " (the claim was withdrawn)");
}

export async function reportRequestReceived(tx: Transaction, requestId: number, at: Date): Promise<void> {
  const request = await tx.collaborationRequest.findUniqueOrThrow({ where: { id: requestId }, select: { claimId: true, requesterId: true, message: true, requester: { select: { name: true } } } });
  const facts = await claimFacts(tx, request.claimId);
  await notify(tx, {
    kind: "request_received",
    eventKey: `request:${requestId}:${at.getTime()}`,
    actorId: request.requesterId,
    recipientIds: [facts.ownerId],
    title: `${request.requester.name} asks to join your claim on ${named(facts.number, facts.problemTitle)}`,
    detail: request.message,
    path: "/me#received",
    claimId: facts.claimId,
    requestId,
    at,
  });
}

export async function reportRequestAnswered(tx: Transaction, requestId: number, answer: "accepted" | "declined", actorId: string, at: Date, reason = ""): Promise<void> {
  const request = await tx.collaborationRequest.findUniqueOrThrow({ where: { id: requestId }, select: { claimId: true, requesterId: true } });
  const facts = await claimFacts(tx, request.claimId);
  if (answer === "accepted") await watchProblem(tx, request.requesterId, facts.problemId, at);
  await notify(tx, {
    kind: "request_answered",
    eventKey: `answer:${requestId}:${at.getTime()}`,
    actorId,
    recipientIds: [request.requesterId],
    title: `${facts.ownerName} ${answer} your request to join their claim on ${named(facts.number, facts.problemTitle)}${reason}`,
    path: answer === "accepted" ? problemPath(facts.number) : "/me#sent",
    claimId: facts.claimId,
    requestId,
    at,
  });
}

export async function reportCollaboratorLeft(tx: Transaction, requestId: number, at: Date): Promise<void> {
  const request = await tx.collaborationRequest.findUniqueOrThrow({ where: { id: requestId }, select: { claimId: true, requesterId: true, requester: { select: { name: true } } } });
  const facts = await claimFacts(tx, request.claimId);
  await notify(tx, {
    kind: "collaborator_left",
    eventKey: `left:${requestId}:${at.getTime()}`,
    actorId: request.requesterId,
    recipientIds: [facts.ownerId],
    title: `${request.requester.name} left your claim on ${named(facts.number, facts.problemTitle)}`,
    path: problemPath(facts.number),
    claimId: facts.claimId,
    requestId,
    at,
  });
}

/** A progress note reaches everyone on the claim (owner and collaborators) except its author. */
export async function reportProgressNote(tx: Transaction, noteId: number, at: Date): Promise<void> {
  const note = await tx.claimNote.findUniqueOrThrow({ where: { id: noteId }, select: { claimId: true, authorId: true, body: true, author: { select: { name: true } } } });
  const facts = await claimFacts(tx, note.claimId);
  if (facts.hiddenAt) return;
  await notify(tx, {
    kind: "claim_note",
    eventKey: `note:${noteId}`,
    actorId: note.authorId,
    recipientIds: [facts.ownerId, ...(await collaboratorIds(tx, note.claimId))],
    title: `${note.author.name} posted a progress note on ${named(facts.number, facts.problemTitle)}`,
    detail: note.body,
    path: problemPath(facts.number),
    claimId: facts.claimId,
    at,
  });
}

export async function reportWorkLinkAdded(tx: Transaction, linkId: number, at: Date): Promise<void> {
  const link = await tx.workLink.findUniqueOrThrow({ where: { id: linkId }, select: { userId: true, title: true, url: true, problemId: true, user: { select: { name: true } }, problem: { select: { number: true, title: true } } } });
  await notify(tx, {
    kind: "work_added",
    eventKey: `link:${linkId}`,
    actorId: link.userId,
    recipientIds: await watcherIds(tx, link.problemId),
    title: `${link.user.name} added existing work to ${named(link.problem.number, link.problem.title)}: ${link.title}`,
    detail: link.url,
    path: problemPath(link.problem.number),
    workLinkId: linkId,
    at,
  });
}

/** The sweep's reminder to an owner, 14 days before their claim expires. */
export async function reportExpiringSoon(tx: Transaction, claimId: number, at: Date): Promise<void> {
  const facts = await claimFacts(tx, claimId);
  await notify(tx, {
    kind: "claim_expiring",
    eventKey: `expiring:${claimId}:${facts.expiresAt.getTime()}`,
    actorId: null,
    recipientIds: [facts.ownerId],
    title: `Your claim on ${named(facts.number, facts.problemTitle)} expires on ${formatDay(facts.expiresAt)}`,
    detail: "Still on it? Renew it in one click from your dashboard; otherwise it lapses and others see the problem as free.",
    path: "/me",
    claimId,
    at,
  });
}

/** The sweep's notice of a lapse: to the owner, and to watchers when it freed the problem. */
export async function reportLapsed(tx: Transaction, claimId: number, at: Date): Promise<void> {
  const facts = await claimFacts(tx, claimId);
  const lapseKey = `${claimId}:${facts.expiresAt.getTime()}`;
  await notify(tx, {
    kind: "claim_lapsed",
    eventKey: `lapsed:${lapseKey}`,
    actorId: null,
    recipientIds: [facts.ownerId],
    title: `Your claim on ${named(facts.number, facts.problemTitle)} lapsed on ${formatDay(facts.expiresAt)}`,
    detail: "Nothing is deleted. Renew it from your dashboard if you are still working on it.",
    path: "/me",
    claimId,
    at,
  });
  await reportFreedIfLast(tx, facts, null, `freed:${facts.problemId}:lapse:${lapseKey}`, at);
}
