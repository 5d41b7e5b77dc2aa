import { cacheLife } from "next/cache";
import Link from "next/link";
import type { ReactNode } from "react";
import { ProblemClaims } from "@/components/claims/problem-claims";
import { WorkLinks } from "@/components/claims/work-links";
import { ProblemHeader } from "@/components/problem-header";
import { ProblemTerms } from "@/components/problem-terms";
import { WatchToggle } from "@/components/notifications/watch-toggle";
import { DifficultyReportForm } from "@/components/community-difficulty/difficulty-report-form";
import { getCurrentUser } from "@/lib/auth/session";
import { CACHE_TAGS, dependsOn } from "@/lib/cache/tags";
import { claimsForProblem, outcomesOf, workLinksForProblem } from "@/lib/claims/queries";
import { mayReportDifficulty } from "@/lib/community-difficulty/eligibility";
import { ownDifficultyReport } from "@/lib/community-difficulty/queries";
import { communityDifficultyOf } from "@/lib/community-difficulty/vocabulary";
import { problemEditUrl } from "@/lib/content/repository";
import { glossaryLinksFor } from "@/lib/glossary/queries";
import { isWatching } from "@/lib/notifications/queries";
import { cachedProblem } from "@/lib/problems/cached";
import { getNeighbours } from "@/lib/problems/queries";

/**
 * A problem's page: what it asks (cached until an ingest), who works on it (`community`: the
 * cached public view, or the signed-in visitor's own view rendered per request), and its neighbours.
 */
export async function ProblemArticle({ number, community }: { number: string; community: ReactNode }) {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("default");
  const problem = (await cachedProblem(number))!;
  const { previous, next } = await getNeighbours(problem);
  const terms = await glossaryLinksFor(JSON.parse(problem.termsJson) as string[]);
  const editUrl = problemEditUrl(problem.number);

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      {problem.archivedAt && (
        <p className="rounded-md border border-zinc-400 bg-zinc-100 px-3 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-900" data-testid="archived-note">
          This problem is archived: it is no longer in the catalogue, but its page and history stay available.
        </p>
      )}
      <ProblemHeader
        number={problem.number}
        title={problem.title}
        category={problem.category}
        subcategory={problem.subcategory}
        difficulty={problem.difficulty}
        exciting={problem.exciting}
        sourceUrl={problem.sourceUrl}
        communityDifficulty={communityDifficultyOf(problem)}
      />
      {/* bodyHtml was sanitised at ingest (rehype-sanitize), so it is safe to insert. */}
      <div className="prose-body" dangerouslySetInnerHTML={{ __html: problem.bodyHtml }} />
      <ProblemTerms terms={terms} />
      {editUrl && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Something wrong or unclear in this description?{" "}
          <a href={editUrl} rel="noopener noreferrer" className="underline">
            Suggest an edit
          </a>{" "}
          to its file in the project&rsquo;s repository.
        </p>
      )}
      {community}
      <nav aria-label="Problems in this category" className="flex justify-between gap-4 border-t border-zinc-200 pt-4 text-sm dark:border-zinc-800">
        {previous ? (
          <Link href={`/problems/${previous.number}`} rel="prev" className="underline">
            ← {previous.number} {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/problems/${next.number}`} rel="next" className="text-right underline">
            {next.number} {next.title} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}

/** Claims and existing work as a signed-out visitor sees them: the same for everyone, so cached. */
export async function PublicCommunity({ number, showAll = false }: { number: string; showAll?: boolean }) {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("default");
  const problem = (await cachedProblem(number))!;
  // One clock for the claims and the claim form's date range.
  const now = new Date();
  const [claims, workLinks] = await Promise.all([claimsForProblem(problem.id, null, now), workLinksForProblem(problem.id, null)]);
  const archived = problem.archivedAt !== null;
  return (
    <>
      <ProblemClaims claims={claims} viewer={null} problemNumber={problem.number} archived={archived} now={now} showAll={showAll} />
      <WorkLinks links={workLinks} problemNumber={problem.number} viewer={null} archived={archived} outcomes={outcomesOf(claims)} />
    </>
  );
}

/**
 * Claims and existing work as the signed-in visitor sees them: their own claim form, their hidden
 * items, contact details shared with them, their actions. Rendered per request.
 */
export async function PersonalCommunity({ number, showAll = false }: { number: string; showAll?: boolean }) {
  const viewer = await getCurrentUser();
  if (!viewer) return <PublicCommunity number={number} showAll={showAll} />;
  const problem = (await cachedProblem(number))!;
  const now = new Date();
  const [claims, workLinks, watching, report] = await Promise.all([
    claimsForProblem(problem.id, viewer.id, now),
    workLinksForProblem(problem.id, viewer.id),
    isWatching(viewer.id, problem.number),
    ownDifficultyReport(viewer.id, problem.id),
  ]);
  const archived = problem.archivedAt !== null;
  const mine = claims.find((claim) => claim.owner.id === viewer.id);
  return (
    <>
      {(!archived || watching) && <WatchToggle problemNumber={problem.number} watching={watching} />}
      <ProblemClaims claims={claims} viewer={viewer} problemNumber={problem.number} archived={archived} now={now} showAll={showAll} />
      {mayReportDifficulty(mine, now) && <DifficultyReportForm problemNumber={problem.number} existing={report} />}
      <WorkLinks links={workLinks} problemNumber={problem.number} viewer={viewer} archived={archived} outcomes={outcomesOf(claims)} />
    </>
  );
}
