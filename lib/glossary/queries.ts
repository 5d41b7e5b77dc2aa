import "server-only";
import { cacheLife } from "next/cache";
import { CACHE_TAGS, dependsOn } from "@/lib/cache/tags";
import { engineOf } from "@/lib/database-client";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { termKey } from "./term-key";

/** A glossary entry as the index lists it. */
export type GlossaryIndexEntry = { slug: string; term: string; aliases: string[]; summary: string; problemCount: number };

/** A glossary entry as its own page shows it. */
export type GlossaryEntryDetail = {
  slug: string;
  term: string;
  aliases: string[];
  linkUrl: string | null;
  summary: string;
  definitionHtml: string;
  keys: string[];
};

/** A problem that uses a term, as the term's page lists it. */
export type ProblemUsingTerm = { number: string; title: string; difficulty: string | null; exciting: boolean };

/** A problem's term with the slug of its glossary entry, or null when no entry defines it. */
export type TermLink = { term: string; slug: string | null };

// Glossary entries and the problems that use them change only with ingest: cached until it expires "content".

/** Orders terms as a reader expects: ignoring case and accents ("ablation" before "AlphaZero"). */
export function compareTerms(a: string, b: string): number {
  return a.localeCompare(b, "en", { sensitivity: "base" }) || a.localeCompare(b, "en");
}

const parseStrings = (json: string) => JSON.parse(json) as string[];

/**
 * The elements of a JSON array of strings as rows with a text column "value": the one piece of
 * these queries that differs by engine (SQLite's json_each, PostgreSQL's json_array_elements_text).
 */
function jsonStrings(array: Prisma.Sql): Prisma.Sql {
  return engineOf(db) === "postgresql" ? Prisma.sql`json_array_elements_text(${array}::json)` : Prisma.sql`json_each(${array})`;
}
const column = (name: string) => Prisma.raw(name);

/** Every live glossary entry, sorted alphabetically by term, with how many live problems use it. */
export async function listGlossaryEntries(): Promise<GlossaryIndexEntry[]> {
  "use cache";
  dependsOn(CACHE_TAGS.content);
  cacheLife("max");
  const [entries, counts] = await Promise.all([
    db.glossaryEntry.findMany({ where: { archivedAt: null }, select: { slug: true, term: true, aliasesJson: true, summary: true } }),
    // One pass over every live problem's terms, joined to every entry's keys.
    db.$queryRaw<{ slug: string; problems: bigint | number }[]>`
      SELECT g."slug" AS slug, COUNT(DISTINCT p."id") AS problems
      FROM "GlossaryEntry" g, ${jsonStrings(column('g."keysJson"'))} k, "Problem" p, ${jsonStrings(column('p."termsJson"'))} t
      WHERE g."archivedAt" IS NULL AND p."archivedAt" IS NULL AND lower(trim(t.value)) = k.value
      GROUP BY g."slug"`,
  ]);
  const countBySlug = new Map(counts.map((row) => [row.slug, Number(row.problems)]));
  return entries
    .map(({ aliasesJson, ...entry }) => ({ ...entry, aliases: parseStrings(aliasesJson), problemCount: countBySlug.get(entry.slug) ?? 0 }))
    .sort((a, b) => compareTerms(a.term, b.term));
}

/** One live glossary entry by slug, or null. */
export async function getGlossaryEntry(slug: string): Promise<GlossaryEntryDetail | null> {
  "use cache";
  dependsOn(CACHE_TAGS.content);
  cacheLife("max");
  const row = await db.glossaryEntry.findFirst({
    where: { slug, archivedAt: null },
    select: { slug: true, term: true, aliasesJson: true, keysJson: true, linkUrl: true, summary: true, definitionHtml: true },
  });
  if (!row) return null;
  const { aliasesJson, keysJson, ...entry } = row;
  return { ...entry, aliases: parseStrings(aliasesJson), keys: parseStrings(keysJson) };
}

/** The live problems that list any of these term keys among their terms, in catalogue order. */
export async function problemsUsingTerm(keys: string[]): Promise<ProblemUsingTerm[]> {
  "use cache";
  dependsOn(CACHE_TAGS.content);
  cacheLife("max");
  const rows = await db.$queryRaw<(Omit<ProblemUsingTerm, "exciting"> & { exciting: number | bigint | boolean })[]>`
    SELECT p."number" AS number, p."title" AS title, p."difficulty" AS difficulty, p."exciting" AS exciting
    FROM "Problem" p
    WHERE p."archivedAt" IS NULL
      AND EXISTS (SELECT 1 FROM ${jsonStrings(column('p."termsJson"'))} t WHERE lower(trim(t.value)) IN (SELECT value FROM ${jsonStrings(Prisma.sql`${JSON.stringify(keys)}`)}))
    ORDER BY p."numberMajor", p."numberMinor"`;
  // SQLite has no boolean type: a raw query returns the stored 0 or 1 (PostgreSQL a boolean).
  return rows.map((row) => ({ ...row, exciting: Boolean(Number(row.exciting)) }));
}

/** Pairs each of a problem's terms with its glossary entry's slug (null when none defines it), in the given order. */
export async function glossaryLinksFor(terms: string[]): Promise<TermLink[]> {
  "use cache";
  dependsOn(CACHE_TAGS.content);
  cacheLife("max");
  if (terms.length === 0) return [];
  const keys = terms.map(termKey);
  const matches = await db.$queryRaw<{ slug: string; key: string }[]>`
    SELECT g."slug" AS slug, k.value AS key
    FROM "GlossaryEntry" g, ${jsonStrings(column('g."keysJson"'))} k
    WHERE g."archivedAt" IS NULL AND k.value IN (SELECT value FROM ${jsonStrings(Prisma.sql`${JSON.stringify(keys)}`)})`;
  const slugByKey = new Map(matches.map((match) => [match.key, match.slug]));
  return terms.map((term, index) => ({ term, slug: slugByKey.get(keys[index]!) ?? null }));
}
