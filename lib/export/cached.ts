import "server-only";
import { cacheLife } from "next/cache";
import { CACHE_TAGS, dependsOn } from "@/lib/cache/tags";
import { cachedCategories } from "@/lib/problems/cached";
import { parseCatalogueKey } from "@/lib/problems/filter";
import { toCsv } from "./csv";
import { exportedProblems } from "./records";

export type ExportFormat = "json" | "csv";

/**
 * The export of what a catalogue key shows, as response text, cached like the catalogue: until a
 * write or an ingest expires it, at most 15 minutes for claims that lapse with time alone.
 * `date` (YYYY-MM-DD, UTC) names the file. Null for an invalid filter.
 */
export async function cachedExport(filterKey: string, origin: string, format: ExportFormat): Promise<{ body: string; date: string } | null> {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("default");
  const categories = await cachedCategories();
  const parsed = parseCatalogueKey(filterKey, categories.map((category) => category.slug));
  if (!parsed.ok) return null;
  // One clock for the counts, the active/lapsed flags and the file's date.
  const now = new Date();
  const problems = await exportedProblems(parsed.filter, origin, now);
  const body =
    format === "csv"
      ? toCsv(problems)
      : JSON.stringify({ generatedAt: now.toISOString(), filter: filterKey, total: problems.length, problems });
  return { body, date: now.toISOString().slice(0, 10) };
}
