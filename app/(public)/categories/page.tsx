import type { Metadata } from "next";
import Link from "next/link";
import { DatedNote } from "@/components/dated-note";
import { cachedCategories } from "@/lib/problems/cached";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Categories",
  description: "The categories of the open problems in mechanistic interpretability, each with its problems.",
  path: "/categories",
});

export default async function CategoriesPage() {
  const categories = await cachedCategories();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Categories</h1>
      <DatedNote />
      <ol className="grid gap-4 sm:grid-cols-2">
        {categories.map((category) => (
          <li key={category.slug} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <h2 className="font-semibold">
              <Link href={`/categories/${category.slug}`} className="hover:underline">
                {category.position}. {category.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{category.summary}</p>
            <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">{category.problemCount} problems</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
