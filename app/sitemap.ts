import type { MetadataRoute } from "next";
import { listGlossaryEntries } from "@/lib/glossary/queries";
import { cachedCategories, cachedProblemPages } from "@/lib/problems/cached";
import { siteUrl } from "@/lib/site/metadata";

/** /sitemap.xml: the catalogue, every live problem, category and glossary page (cached reads, expired by ingest). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [problems, categories, glossary] = await Promise.all([cachedProblemPages(), cachedCategories(), listGlossaryEntries()]);
  const url = (path: string) => new URL(path, siteUrl()).toString();
  return [
    { url: url("/") },
    ...problems.map((problem) => ({ url: url(`/problems/${problem.number}`), lastModified: problem.updatedAt })),
    { url: url("/categories") },
    ...categories.map((category) => ({ url: url(`/categories/${category.slug}`) })),
    { url: url("/glossary") },
    ...glossary.map((entry) => ({ url: url(`/glossary/${entry.slug}`) })),
    { url: url("/api") },
  ];
}
