import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DatedNote } from "@/components/dated-note";
import { ProblemList } from "@/components/problem-list";
import { EMPTY_FILTER } from "@/lib/problems/filter";
import { CACHE_TAGS, dependsOn } from "@/lib/cache/tags";
import { cachedCategory } from "@/lib/problems/cached";
import { listProblems } from "@/lib/problems/queries";
import { cacheLife } from "next/cache";
import { pageMetadata } from "@/lib/site/metadata";

type Params = Promise<{ slug: string }>;

async function loadCategory(params: Params) {
  const { slug } = await params;
  return (await cachedCategory(slug)) ?? notFound();
}

// Any category renders on its first request and is cached from then on (see the catalogue page).
export function generateStaticParams() {
  return [{ slug: "learned-features" }];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const category = await loadCategory(params);
  return pageMetadata({
    title: category.title,
    description: category.summary,
    path: `/categories/${category.slug}`,
    feed: `/categories/${category.slug}/feed.xml`,
  });
}

export default async function CategoryPage({ params }: { params: Params }) {
  const category = await loadCategory(params);
  return <CategoryView slug={category.slug} />;
}

async function CategoryView({ slug }: { slug: string }) {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("default");
  const category = (await cachedCategory(slug))!;
  const problems = await listProblems({ ...EMPTY_FILTER, category: [category.slug] });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <Link href="/categories" className="underline">
            Categories
          </Link>{" "}
          · category {category.position}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{category.title}</h1>
        <p className="text-zinc-700 dark:text-zinc-300">{category.summary}</p>
      </header>
      <DatedNote />
      {/* bodyHtml was sanitised at ingest (rehype-sanitize), so it is safe to insert. */}
      <div className="prose-body" dangerouslySetInnerHTML={{ __html: category.bodyHtml }} />
      <section aria-labelledby="category-problems" className="space-y-3">
        <div className="flex items-baseline justify-between">
          <h2 id="category-problems" className="text-lg font-semibold">
            {problems.length} problems
          </h2>
          <Link href={`/?category=${category.slug}`} className="text-sm underline">
            Filter these in the catalogue
          </Link>
        </div>
        <ProblemList problems={problems} categoryTitles={{ [category.slug]: category.title }} showCategory={false} />
      </section>
    </div>
  );
}
