import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContactVisibility } from "@/lib/profile/schema";
import { canSeeContact } from "@/lib/profile/visibility";
import { claimRank, isActiveClaim, isLapsed } from "./activity";
import { expiryChoices } from "./expiry";
import { EXPIRING_SOON_DAYS, type AiInvolvement, type ClaimPurpose, type ClaimStatus } from "./vocabulary";

/** Read models for claims, collaboration and links: what pages show, with contact details already filtered. */

export type Contact = { email: string; discord: string; website: string };
export type PersonView = { id: string; name: string; affiliation: string; skills: string; contact: Contact | null };

const personInclude = { profile: true } satisfies Prisma.UserInclude;
type UserWithProfile = Prisma.UserGetPayload<{ include: typeof personInclude }>;

function personView(user: UserWithProfile, viewerId: string | null, group: ReadonlySet<string>): PersonView {
  const profile = user.profile;
  const visibility = (profile?.contactVisibility as ContactVisibility | undefined) ?? "collaborators";
  const hasContact = Boolean(profile && (profile.contactEmail || profile.discord || profile.website));
  return {
    id: user.id,
    name: user.name,
    affiliation: profile?.affiliation ?? "",
    skills: profile?.skills ?? "",
    contact:
      hasContact && canSeeContact({ id: user.id, visibility }, viewerId, group)
        ? { email: profile!.contactEmail, discord: profile!.discord, website: profile!.website }
        : null,
  };
}

const problemTitleSelect = { select: { number: true, title: true } } as const;

/**
 * Rows everyone may see, plus the viewer's own hidden ones: an owner is told that a moderator hid
 * their item instead of seeing it silently vanish. `own` names the owner column, e.g. { userId }.
 */
function visibleOrOwn<Own extends Record<string, string>>(own: Own | null) {
  return own ? { OR: [{ hiddenAt: null }, own] } : { hiddenAt: null };
}

function claimInclude(viewerId: string | null) {
  return {
    user: { include: personInclude },
    problem: problemTitleSelect,
    requests: {
      where: visibleOrOwn(viewerId ? { requesterId: viewerId } : null),
      include: { requester: { include: personInclude } },
      orderBy: { createdAt: "asc" },
    },
    notes: { include: { author: { select: { id: true, name: true } } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
  } satisfies Prisma.ClaimInclude;
}
type ClaimWithPeople = Prisma.ClaimGetPayload<{ include: ReturnType<typeof claimInclude> }>;

export type ClaimView = {
  id: number;
  problem: { number: string; title: string };
  status: ClaimStatus;
  note: string;
  links: string[];
  lookingForCollaborators: boolean;
  startedAt: Date;
  lastUpdateAt: Date;
  /** When an interested/working claim lapses (see lib/claims/expiry.ts). */
  expiresAt: Date;
  active: boolean;
  /** Interested or working but past its expiry: not counted, renewable by its owner. */
  lapsed: boolean;
  purpose: ClaimPurpose | null;
  aiInvolvement: AiInvolvement | null;
  /** What came of a done claim; empty strings when nothing was said. */
  outcome: { url: string; summary: string } | null;
  /** Progress notes, newest first; bodyHtml was sanitised when the note was posted. */
  notes: ProgressNoteView[];
  owner: PersonView;
  collaborators: PersonView[];
  /** The viewer's own request on this claim, if any, with when a moderator hid it. */
  viewerRequest: { id: number; status: string; hiddenAt: Date | null } | null;
  /** When a moderator hid the claim; only its owner is ever shown a hidden claim. */
  hiddenAt: Date | null;
  /** The owner and accepted collaborators may post progress notes. */
  viewerCanPostNote: boolean;
  /** The days the owner may pick when renewing now (min, max, default), for the date input. */
  renewal: ReturnType<typeof expiryChoices>;
};

export type ProgressNoteView = { id: number; authorName: string; body: string; bodyHtml: string; links: string[]; createdAt: Date };

function claimView(claim: ClaimWithPeople, viewerId: string | null, now: Date): ClaimView {
  // A hidden request (the viewer's own may be loaded) makes nobody a collaborator.
  const accepted = claim.requests.filter((request) => request.status === "accepted" && request.hiddenAt === null);
  const group = new Set([claim.userId, ...accepted.map((request) => request.requesterId)]);
  const mine = claim.requests.find((request) => request.requesterId === viewerId);
  return {
    id: claim.id,
    problem: claim.problem,
    status: claim.status as ClaimStatus,
    note: claim.note,
    links: JSON.parse(claim.linksJson) as string[],
    lookingForCollaborators: claim.lookingForCollaborators,
    startedAt: claim.startedAt,
    lastUpdateAt: claim.lastUpdateAt,
    expiresAt: claim.expiresAt,
    active: isActiveClaim(claim, now),
    lapsed: isLapsed(claim, now),
    purpose: claim.purpose as ClaimPurpose | null,
    aiInvolvement: claim.aiInvolvement as AiInvolvement | null,
    outcome: claim.status === "done" && (claim.outcomeUrl || claim.outcomeSummary) ? { url: claim.outcomeUrl, summary: claim.outcomeSummary } : null,
    notes: claim.notes.map((note) => ({ id: note.id, authorName: note.author.name, body: note.body, bodyHtml: note.bodyHtml, links: JSON.parse(note.linksJson) as string[], createdAt: note.createdAt })),
    owner: personView(claim.user, viewerId, group),
    collaborators: accepted.map((request) => personView(request.requester, viewerId, group)),
    viewerRequest: mine ? { id: mine.id, status: mine.status, hiddenAt: mine.hiddenAt } : null,
    hiddenAt: claim.hiddenAt,
    viewerCanPostNote: viewerId !== null && claim.status !== "withdrawn" && (viewerId === claim.userId || (claim.hiddenAt === null && group.has(viewerId))),
    renewal: expiryChoices(now),
  };
}

/** Problem-page order: by claimRank, then most recently updated first. */
function byRankThenRecent(now: Date) {
  return (a: ClaimWithPeople, b: ClaimWithPeople) => claimRank(a, now) - claimRank(b, now) || b.lastUpdateAt.getTime() - a.lastUpdateAt.getTime();
}

/** Visible claims on a problem (and the viewer's own, even if hidden), active first, then paused, lapsed, done and withdrawn. */
export async function claimsForProblem(problemId: number, viewerId: string | null, now = new Date()): Promise<ClaimView[]> {
  const claims = await db.claim.findMany({
    where: { problemId, ...visibleOrOwn(viewerId ? { userId: viewerId } : null) },
    include: claimInclude(viewerId),
  });
  return claims.sort(byRankThenRecent(now)).map((claim) => claimView(claim, viewerId, now));
}

/**
 * What claimsForProblem shows a signed-out visitor, for many problems in one query (the export):
 * visible claims only, contact details only where public, keyed by problem id.
 */
export async function publicClaimsForProblems(problemIds: number[], now = new Date()): Promise<Map<number, ClaimView[]>> {
  const claims = await db.claim.findMany({ where: { problemId: { in: problemIds }, ...visibleOrOwn(null) }, include: claimInclude(null) });
  const byProblem = new Map<number, ClaimView[]>();
  for (const claim of claims.sort(byRankThenRecent(now))) {
    const list = byProblem.get(claim.problemId) ?? [];
    list.push(claimView(claim, null, now));
    byProblem.set(claim.problemId, list);
  }
  return byProblem;
}

export type OutcomeView = { claimId: number; ownerName: string; summary: string; url: string; finishedAt: Date };

/** The outcomes of a problem's done claims (hidden ones left out), latest first, for its existing-work section. */
export function outcomesOf(claims: ClaimView[]): OutcomeView[] {
  return claims
    .filter((claim) => claim.outcome && claim.hiddenAt === null)
    .map((claim) => ({ claimId: claim.id, ownerName: claim.owner.name, summary: claim.outcome!.summary, url: claim.outcome!.url, finishedAt: claim.lastUpdateAt }))
    .sort((a, b) => b.finishedAt.getTime() - a.finishedAt.getTime());
}

const requestInclude = {
  requester: { include: personInclude },
  claim: { include: { user: { include: personInclude }, problem: problemTitleSelect } },
} satisfies Prisma.CollaborationRequestInclude;

export type RequestView = {
  id: number;
  status: string;
  message: string;
  createdAt: Date;
  respondedAt: Date | null;
  problem: { number: string; title: string };
  requester: PersonView;
  owner: PersonView;
  /** When a moderator hid the request; only its sender is ever shown a hidden request. */
  hiddenAt: Date | null;
};

/**
 * Everything /me shows: my claims expiring within EXPIRING_SOON_DAYS (or lapsed), my other claims and
 * the requests I sent (hidden ones too, marked), claims I collaborate on, requests received.
 */
export async function dashboardFor(userId: string, now = new Date()) {
  const include = claimInclude(userId);
  const [myClaims, collaborating, received, sent] = await Promise.all([
    db.claim.findMany({ where: { userId }, include, orderBy: { lastUpdateAt: "desc" } }),
    db.claim.findMany({
      where: { hiddenAt: null, requests: { some: { requesterId: userId, status: "accepted", hiddenAt: null } } },
      include,
      orderBy: { lastUpdateAt: "desc" },
    }),
    db.collaborationRequest.findMany({
      where: { hiddenAt: null, claim: { userId, hiddenAt: null } },
      include: requestInclude,
      orderBy: { createdAt: "desc" },
    }),
    db.collaborationRequest.findMany({
      where: { requesterId: userId, claim: { hiddenAt: null } },
      include: requestInclude,
      orderBy: { createdAt: "desc" },
    }),
  ]);

  const requestView = (request: (typeof received)[number]): RequestView => {
    // Before acceptance (or once a moderator hid the request) the two are not collaborators: only public contact details show.
    const group = new Set(request.status === "accepted" && request.hiddenAt === null ? [request.claim.userId, request.requesterId] : []);
    return {
      id: request.id,
      status: request.status,
      message: request.message,
      createdAt: request.createdAt,
      respondedAt: request.respondedAt,
      problem: request.claim.problem,
      requester: personView(request.requester, userId, group),
      owner: personView(request.claim.user, userId, group),
      hiddenAt: request.hiddenAt,
    };
  };

  // Claims that lapse within EXPIRING_SOON_DAYS (or already have) come first, soonest first, each with a renew button.
  const soon = new Date(now.getTime() + EXPIRING_SOON_DAYS * 24 * 60 * 60 * 1000);
  const mine = myClaims.map((claim) => claimView(claim, userId, now));
  const needsRenewal = (claim: ClaimView) => (claim.active || claim.lapsed) && claim.expiresAt <= soon;
  return {
    expiringSoon: mine.filter(needsRenewal).sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime()),
    myClaims: mine.filter((claim) => !needsRenewal(claim)),
    collaborating: collaborating.map((claim) => claimView(claim, userId, now)),
    received: received.map(requestView),
    sent: sent.map(requestView),
  };
}

export type Dashboard = Awaited<ReturnType<typeof dashboardFor>>;

/** Visible links to existing work on a problem (and the viewer's own, even if hidden), newest first. */
export async function workLinksForProblem(problemId: number, viewerId: string | null = null) {
  return db.workLink.findMany({
    where: { problemId, ...visibleOrOwn(viewerId ? { userId: viewerId } : null) },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, url: true, kind: true, createdAt: true, hiddenAt: true, userId: true, user: { select: { name: true } } },
  });
}

export type WorkLinkView = Awaited<ReturnType<typeof workLinksForProblem>>[number];

/** Visible links to existing work on many problems in one query (the export), newest first, keyed by problem id. */
export async function publicWorkLinksForProblems(problemIds: number[]): Promise<Map<number, WorkLinkView[]>> {
  const links = await db.workLink.findMany({
    where: { problemId: { in: problemIds }, ...visibleOrOwn(null) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, problemId: true, title: true, url: true, kind: true, createdAt: true, hiddenAt: true, userId: true, user: { select: { name: true } } },
  });
  const byProblem = new Map<number, WorkLinkView[]>();
  for (const { problemId, ...link } of links) byProblem.set(problemId, [...(byProblem.get(problemId) ?? []), link]);
  return byProblem;
}

/** The latest claims, requests and links, hidden ones included, for moderators. */
export async function itemsForModeration(limit = 100) {
  const [claims, requests, links] = await Promise.all([
    db.claim.findMany({ take: limit, orderBy: { lastUpdateAt: "desc" }, include: { user: { select: { name: true, email: true } }, problem: { select: { number: true } } } }),
    db.collaborationRequest.findMany({ take: limit, orderBy: { createdAt: "desc" }, include: { requester: { select: { name: true, email: true } }, claim: { select: { problem: { select: { number: true } } } } } }),
    db.workLink.findMany({ take: limit, orderBy: { createdAt: "desc" }, include: { user: { select: { name: true, email: true } }, problem: { select: { number: true } } } }),
  ]);
  return { claims, requests, links };
}

export type ModerationLogEntry = {
  id: number;
  action: "hide" | "unhide";
  createdAt: Date;
  /** null once the moderator's account is deleted. */
  moderatorName: string | null;
  targetType: "claim" | "request" | "link";
  targetId: number;
  /** What the target was, or null when it has since been deleted. */
  target: { problemNumber: string; ownerName: string } | null;
};

/** The latest hide and unhide actions, newest first, with who did them and what they touched. */
export async function moderationLog(limit = 50): Promise<ModerationLogEntry[]> {
  const actions = await db.moderationAction.findMany({
    take: limit,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { moderator: { select: { name: true } } },
  });
  const idsOf = (type: string) => [...new Set(actions.filter((action) => action.targetType === type).map((action) => action.targetId))];
  // The log points at rows of three tables; one query per table, not one per row.
  const [claims, requests, links] = await Promise.all([
    db.claim.findMany({ where: { id: { in: idsOf("claim") } }, select: { id: true, problem: { select: { number: true } }, user: { select: { name: true } } } }),
    db.collaborationRequest.findMany({
      where: { id: { in: idsOf("request") } },
      select: { id: true, claim: { select: { problem: { select: { number: true } } } }, requester: { select: { name: true } } },
    }),
    db.workLink.findMany({ where: { id: { in: idsOf("link") } }, select: { id: true, problem: { select: { number: true } }, user: { select: { name: true } } } }),
  ]);
  const targets = new Map<string, { problemNumber: string; ownerName: string }>([
    ...claims.map((claim) => [`claim:${claim.id}`, { problemNumber: claim.problem.number, ownerName: claim.user.name }] as const),
    ...requests.map((request) => [`request:${request.id}`, { problemNumber: request.claim.problem.number, ownerName: request.requester.name }] as const),
    ...links.map((link) => [`link:${link.id}`, { problemNumber: link.problem.number, ownerName: link.user.name }] as const),
  ]);
  return actions.map((action) => ({
    id: action.id,
    action: action.action as ModerationLogEntry["action"],
    createdAt: action.createdAt,
    moderatorName: action.moderator?.name ?? null,
    targetType: action.targetType as ModerationLogEntry["targetType"],
    targetId: action.targetId,
    target: targets.get(`${action.targetType}:${action.targetId}`) ?? null,
  }));
}
