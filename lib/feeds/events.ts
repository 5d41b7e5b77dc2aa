import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Recent public activity, for the Atom feeds: new claims, progress notes, outcomes, links to
 * existing work, and problems that ingest added or changed. Hidden claims (and their notes and
 * outcomes) and hidden links never appear; nothing here reads a profile, so no contact detail can.
 */

export const FEED_EVENT_KINDS = ["claim", "note", "outcome", "link", "problem-added", "problem-changed"] as const;
export type FeedEventKind = (typeof FEED_EVENT_KINDS)[number];

export type FeedEvent = {
  kind: FeedEventKind;
  /** Unique and stable within the problem's page: the entry's id is the page URL with this fragment. */
  fragment: string;
  date: Date;
  problem: { number: string; title: string };
  /** The person who did it; null for ingest. */
  author: string | null;
  /** One line of plain text; an outcome's summary, a link's title, a claim's status. */
  detail: string;
  /** Sanitised HTML written when a note was posted (lib/claims: Markdown through the content pipeline). */
  noteHtml?: string;
  /** Web addresses the event names: a note's links, an outcome's or a link's URL. */
  urls: string[];
};

/** Which activity a feed shows: the whole site, one category, or one problem. */
export type FeedScope = { kind: "site" } | { kind: "category"; slug: string } | { kind: "problem"; problemId: number };

export const FEED_LIMIT = 50;

function problemScope(scope: FeedScope): Prisma.ProblemWhereInput {
  if (scope.kind === "problem") return { id: scope.problemId };
  // The site and category feeds follow the catalogue: archived problems have left it.
  return scope.kind === "category" ? { archivedAt: null, categorySlug: scope.slug } : { archivedAt: null };
}

const problemSelect = { select: { number: true, title: true } } as const;
const parseUrls = (json: string) => JSON.parse(json) as string[];

/** The newest events in scope, newest first, at most `limit`: each kind's newest `limit`, merged. */
export async function feedEvents(scope: FeedScope, limit = FEED_LIMIT): Promise<FeedEvent[]> {
  const problem = problemScope(scope);
  const visibleClaim = { hiddenAt: null, problem } satisfies Prisma.ClaimWhereInput;
  const [claims, notes, outcomes, links, added, changed] = await Promise.all([
    db.claim.findMany({
      where: visibleClaim,
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, status: true, startedAt: true, user: { select: { name: true } }, problem: problemSelect },
    }),
    db.claimNote.findMany({
      where: { claim: visibleClaim },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, createdAt: true, bodyHtml: true, linksJson: true, author: { select: { name: true } }, claim: { select: { problem: problemSelect } } },
    }),
    db.claim.findMany({
      where: { ...visibleClaim, status: "done", OR: [{ outcomeUrl: { not: "" } }, { outcomeSummary: { not: "" } }] },
      orderBy: [{ lastUpdateAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, lastUpdateAt: true, outcomeUrl: true, outcomeSummary: true, user: { select: { name: true } }, problem: problemSelect },
    }),
    db.workLink.findMany({
      where: { hiddenAt: null, problem },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, createdAt: true, title: true, url: true, kind: true, user: { select: { name: true } }, problem: problemSelect },
    }),
    db.problem.findMany({
      where: problem,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { number: true, title: true, createdAt: true },
    }),
    // Ingest writes createdAt = updatedAt for a new row and moves updatedAt on each change.
    db.problem.findMany({
      where: { AND: [problem, { updatedAt: { gt: db.problem.fields.createdAt } }] },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { number: true, title: true, updatedAt: true },
    }),
  ]);

  const events: FeedEvent[] = [
    ...claims.map((claim) => ({
      kind: "claim" as const,
      fragment: `claim-${claim.id}`,
      date: claim.startedAt,
      problem: claim.problem,
      author: claim.user.name,
      detail: claim.status,
      urls: [],
    })),
    ...notes.map((note) => ({
      kind: "note" as const,
      fragment: `note-${note.id}`,
      date: note.createdAt,
      problem: note.claim.problem,
      author: note.author.name,
      detail: "",
      noteHtml: note.bodyHtml,
      urls: parseUrls(note.linksJson),
    })),
    ...outcomes.map((claim) => ({
      kind: "outcome" as const,
      fragment: `outcome-${claim.id}`,
      date: claim.lastUpdateAt,
      problem: claim.problem,
      author: claim.user.name,
      detail: claim.outcomeSummary,
      urls: claim.outcomeUrl ? [claim.outcomeUrl] : [],
    })),
    ...links.map((link) => ({
      kind: "link" as const,
      fragment: `link-${link.id}`,
      date: link.createdAt,
      problem: link.problem,
      author: link.user.name,
      detail: `${link.title} (${link.kind})`,
      urls: [link.url],
    })),
    ...added.map((row) => ({
      kind: "problem-added" as const,
      fragment: "added",
      date: row.createdAt,
      problem: { number: row.number, title: row.title },
      author: null,
      detail: "",
      urls: [],
    })),
    ...changed.map((row) => ({
      kind: "problem-changed" as const,
      // Each change is its own entry: a reader that has shown one change still shows the next.
      fragment: `changed-${row.updatedAt.getTime()}`,
      date: row.updatedAt,
      problem: { number: row.number, title: row.title },
      author: null,
      detail: "",
      urls: [],
    })),
  ];
  return events.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, limit);
}
