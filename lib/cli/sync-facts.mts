/**
 * Maintainer command: brings content/problems/ in line with the verified facts file.
 * Ratings, stars, sections, categories and sources come from the facts; titles, terms and
 * bodies written by maintainers are kept. A problem with no file yet gets one, written from
 * the facts' own summary. Usage: npm run content:sync [-- path/to/problems.jsonl]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { readProblemFacts, type ProblemFact } from "@/lib/content/facts";
import { serializeProblemFile } from "@/lib/content/serialize";

const contentDir = path.join(process.cwd(), "content");
const factsPath = process.argv[2] ?? path.join(process.cwd(), "..", "shared", "cop", "problems.jsonl");

function categorySlugsByOrder(): Map<number, string> {
  const slugs = new Map<number, string>();
  const dir = path.join(contentDir, "categories");
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".md"))) {
    const { data } = matter(readFileSync(path.join(dir, file), "utf8"));
    slugs.set(Number(data.order), String(data.slug));
  }
  return slugs;
}

function newProblemBody(fact: ProblemFact): string {
  return fact.summary;
}

const slugs = categorySlugsByOrder();
let created = 0;
let changed = 0;
for (const fact of readProblemFacts(factsPath)) {
  const category = slugs.get(fact.category_number);
  if (!category) throw new Error(`No content/categories file has order ${fact.category_number} (${fact.category})`);
  const filePath = path.join(contentDir, "problems", `${fact.number}.md`);
  const existing = existsSync(filePath) ? matter(readFileSync(filePath, "utf8")) : null;
  const next = serializeProblemFile(
    {
      number: fact.number,
      title: existing ? String(existing.data.title) : fact.topic,
      category,
      subcategory: fact.section,
      difficulty: fact.difficulty,
      // The facts file holds null where the author's star is not verified: it stays null, never false.
      exciting: fact.exciting,
      source: fact.source_url,
      terms: existing ? (existing.data.terms as string[] | undefined) : fact.terms,
    },
    existing ? existing.content : newProblemBody(fact),
  );
  if (!existing) created += 1;
  else if (readFileSync(filePath, "utf8") !== next) changed += 1;
  writeFileSync(filePath, next);
}
console.log(`content:sync: ${created} created, ${changed} updated from ${factsPath}`);
