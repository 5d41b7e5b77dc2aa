import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProblemsUsingTerm } from "@/components/glossary/problems-using-term";
import { SLUG_PATTERN } from "@/lib/content/schema";
import { getGlossaryEntry, problemsUsingTerm } from "@/lib/glossary/queries";
import { pageMetadata } from "@/lib/site/metadata";

type Params = Promise<{ term: string }>;

async function loadEntry(params: Params) {
  const { term } = await params;
  return (SLUG_PATTERN.test(term) ? await getGlossaryEntry(term) : null) ?? notFound();
}

// Any term renders on its first request and is cached from then on (see the catalogue page).
export function generateStaticParams() {
  return [{ term: "polysemanticity" }];
}

/** "arxiv.org/abs/2211.00593" for a link's text: where it goes, without the protocol. */
function linkLabel(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host.replace(/^www\./, "")}${pathname === "/" ? "" : pathname.replace(/\/(index\.html)?$/, "")}`;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const entry = await loadEntry(params);
  return pageMetadata({ title: `${entry.term} (glossary)`, description: entry.summary, path: `/glossary/${entry.slug}` });
}

export default async function GlossaryTermPage({ params }: { params: Params }) {
  const entry = await loadEntry(params);
  const problems = await problemsUsingTerm(entry.keys);
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <Link href="/glossary" className="underline">
            Glossary
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight [overflow-wrap:anywhere]">{entry.term}</h1>
        {entry.aliases.length > 0 && (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Also written as {entry.aliases.map((alias) => `“${alias}”`).join(", ")}</p>
        )}
      </header>
      {/* definitionHtml was sanitised at ingest (rehype-sanitize), so it is safe to insert. */}
      <div className="prose-body" data-testid="definition" dangerouslySetInnerHTML={{ __html: entry.definitionHtml }} />
      {entry.linkUrl && (
        <p className="text-sm">
          <span className="text-zinc-600 dark:text-zinc-400">Read more: </span>
          <a href={entry.linkUrl} rel="noopener noreferrer" className="text-blue-700 underline [overflow-wrap:anywhere] dark:text-blue-300">
            {linkLabel(entry.linkUrl)}
          </a>
        </p>
      )}
      <section aria-labelledby="problems-heading" className="space-y-3">
        <h2 id="problems-heading" className="text-lg font-semibold">
          {problems.length} {problems.length === 1 ? "problem uses" : "problems use"} this term
        </h2>
        <ProblemsUsingTerm problems={problems} />
      </section>
    </article>
  );
}
