import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ProblemClaims } from "@/components/claims/problem-claims";
import { WorkLinks } from "@/components/claims/work-links";
import { ProblemHeader } from "@/components/problem-header";
import { getCurrentUser } from "@/lib/auth/session";
import { claimsForProblem, outcomesOf, workLinksForProblem } from "@/lib/claims/queries";
import { PROBLEM_NUMBER_PATTERN } from "@/lib/content/schema";
import { getNeighbours, getProblem } from "@/lib/problems/queries";

type Params = Promise<{ number: string }>;

// Metadata and page both need the problem: one lookup per request.
const findProblem = cache(async (number: string) => (PROBLEM_NUMBER_PATTERN.test(number) ? getProblem(number) : null));

async function loadProblem(params: Params) {
  const { number } = await params;
  return (await findProblem(decodeURIComponent(number))) ?? notFound();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const problem = await loadProblem(params);
  return { title: `${problem.number} ${problem.title}` };
}

export default async function ProblemPage({ params }: { params: Params }) {
  const problem = await loadProblem(params);
  const viewer = await getCurrentUser();
  // One clock for the claims and the claim form's date range.
  const now = new Date();
  const [{ previous, next }, claims, workLinks] = await Promise.all([
    getNeighbours(problem),
    claimsForProblem(problem.id, viewer?.id ?? null, now),
    workLinksForProblem(problem.id, viewer?.id ?? null),
  ]);
  const terms = JSON.parse(problem.termsJson) as string[];

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
      />
      {/* bodyHtml was sanitised at ingest (rehype-sanitize), so it is safe to insert. */}
      <div className="prose-body" dangerouslySetInnerHTML={{ __html: problem.bodyHtml }} />
      {terms.length > 0 && (
        <section aria-labelledby="terms-heading" className="text-sm">
          <h2 id="terms-heading" className="mb-2 font-semibold">
            Terms to look up
          </h2>
          <ul className="flex flex-wrap gap-2">
            {terms.map((term) => (
              <li key={term} className="rounded-full border border-zinc-300 px-2.5 py-0.5 dark:border-zinc-700">
                {term}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ProblemClaims claims={claims} viewer={viewer} problemNumber={problem.number} archived={problem.archivedAt !== null} now={now} />
      <WorkLinks links={workLinks} problemNumber={problem.number} viewer={viewer} archived={problem.archivedAt !== null} outcomes={outcomesOf(claims)} />
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
