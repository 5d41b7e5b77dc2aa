import path from "node:path";
import { termKey } from "@/lib/glossary/term-key";
import { markdownFiles, parseFile, type ContentError } from "./parse-file";
import { glossaryFrontmatterSchema, type GlossaryFrontmatter } from "./schema";

/** A valid glossary file. Its body (the definition) stays Markdown: ingest renders it only when the row must be written. */
export type LoadedGlossaryEntry = GlossaryFrontmatter & {
  path: string;
  body: string;
  contentHash: string;
  /** The term and its aliases as term keys: what a problem's term is matched against. */
  keys: string[];
};

/**
 * Reads and validates every file in glossaryDir (none when the folder is missing). Each slug, and
 * each term or alias, may belong to one entry only, so a problem's term always leads to one page.
 */
export function loadGlossary(glossaryDir: string, display: (filePath: string) => string, errors: ContentError[]): LoadedGlossaryEntry[] {
  const entries: LoadedGlossaryEntry[] = [];
  const entryBySlug = new Map<string, LoadedGlossaryEntry>();
  const entryByKey = new Map<string, LoadedGlossaryEntry>();
  for (const filePath of markdownFiles(glossaryDir)) {
    const file = parseFile(filePath, display(filePath), glossaryFrontmatterSchema, errors);
    if (!file) continue;
    const { data } = file;
    const fileErrorsBefore = errors.length;
    const sameSlug = entryBySlug.get(data.slug);
    if (sameSlug) errors.push({ path: file.path, field: "slug", message: `"${data.slug}" is also used by ${sameSlug.path}` });

    const keys: string[] = [];
    for (const [field, spelling] of [["term", data.term] as const, ...data.aliases.map((alias) => ["aliases", alias] as const)]) {
      const key = termKey(spelling);
      const other = entryByKey.get(key);
      if (keys.includes(key)) {
        errors.push({ path: file.path, field, message: `"${spelling}" repeats this entry's term or another alias (case is ignored)` });
      } else if (other) {
        errors.push({ path: file.path, field, message: `"${spelling}" is also the term or an alias of ${other.path}` });
      } else {
        keys.push(key);
      }
    }
    if (file.body === "") {
      errors.push({ path: file.path, field: "(body)", message: "empty body; write the definition in Markdown below the frontmatter" });
    }
    if (errors.length > fileErrorsBefore) continue;
    const entry = { ...data, path: file.path, body: file.body, contentHash: file.contentHash, keys };
    entryBySlug.set(data.slug, entry);
    for (const key of keys) entryByKey.set(key, entry);
    entries.push(entry);
  }
  return entries.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The glossary folder inside a content folder. */
export function glossaryDirOf(contentDir: string): string {
  return path.join(contentDir, "glossary");
}
