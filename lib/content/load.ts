import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import { renderMarkdown, searchableText } from "./markdown";
import {
  categoryFrontmatterSchema,
  problemFrontmatterSchema,
  type CategoryFrontmatter,
  type ProblemFrontmatter,
} from "./schema";

/** A validation error, printed as `path: field: message`. */
export type ContentError = { path: string; field: string; message: string };

export type LoadedCategory = CategoryFrontmatter & { path: string; bodyHtml: string; contentHash: string };

export type LoadedProblem = ProblemFrontmatter & ProblemNumberParts & {
  path: string;
  bodyHtml: string;
  searchText: string;
  contentHash: string;
};

export type LoadedContent =
  | { ok: true; categories: LoadedCategory[]; problems: LoadedProblem[] }
  | { ok: false; errors: ContentError[] };

// Bump when rendering or stored fields change, so that the next ingest rewrites every row.
const CONTENT_FORMAT_VERSION = 1;

export function formatContentError(error: ContentError): string {
  return `${error.path}: ${error.field}: ${error.message}`;
}

/** A problem number as two integers, so that 1.2 sorts before 1.10 and 1.999 before 1.1000. */
export type ProblemNumberParts = { numberMajor: number; numberMinor: number };

/** Splits a valid problem number ("1.12") into its integer parts. */
export function problemNumberParts(number: string): ProblemNumberParts {
  const [major, minor] = number.split(".").map(Number);
  return { numberMajor: major ?? 0, numberMinor: minor ?? 0 };
}

/** Orders problems by number: major part, then minor part. */
export function compareProblemNumbers(a: ProblemNumberParts, b: ProblemNumberParts): number {
  return a.numberMajor - b.numberMajor || a.numberMinor - b.numberMinor;
}

function hashOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify([CONTENT_FORMAT_VERSION, value])).digest("hex");
}

async function markdownFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return names.filter((name) => name.endsWith(".md")).sort().map((name) => path.join(dir, name));
}

type ParsedFile<T> = { path: string; data: T; body: string };

/** Reads one file's frontmatter and body and validates the frontmatter; errors are collected, not thrown. */
async function parseFile<Schema extends z.ZodType>(
  filePath: string,
  displayPath: string,
  schema: Schema,
  errors: ContentError[],
): Promise<ParsedFile<z.output<Schema>> | null> {
  const text = await readFile(filePath, "utf8");
  if (text.trim() === "") {
    errors.push({ path: displayPath, field: "(file)", message: "file is empty; expected frontmatter between --- lines and a Markdown body" });
    return null;
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object bypasses gray-matter's cache, which would otherwise hand back
    // the same result for identical text and hide a fix between two ingests in one process.
    parsed = matter(text, {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    errors.push({ path: displayPath, field: "(frontmatter)", message: `invalid YAML: ${reason}` });
    return null;
  }
  if (Object.keys(parsed.data).length === 0) {
    errors.push({ path: displayPath, field: "(frontmatter)", message: "missing frontmatter; the file must start with a --- block" });
    return null;
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) errors.push({ path: displayPath, field: key, message: "unknown field" });
      } else {
        errors.push({ path: displayPath, field: issue.path.join(".") || "(frontmatter)", message: issue.message });
      }
    }
    return null;
  }
  return { path: displayPath, data: result.data, body: parsed.content.trim() };
}

/**
 * Reads and validates every category and problem file under contentDir (categories/ and problems/).
 * Either all content is valid, or every error found is returned and nothing else.
 */
export async function loadContent(contentDir: string): Promise<LoadedContent> {
  const errors: ContentError[] = [];
  const display = (filePath: string) => path.relative(process.cwd(), filePath) || filePath;

  const categoryFiles = await markdownFiles(path.join(contentDir, "categories"));
  const problemFiles = await markdownFiles(path.join(contentDir, "problems"));
  if (categoryFiles.length === 0) {
    errors.push({ path: display(path.join(contentDir, "categories")), field: "(folder)", message: "no category files found" });
  }

  const categories: LoadedCategory[] = [];
  const categoryBySlug = new Map<string, LoadedCategory>();
  const categoryByOrder = new Map<number, LoadedCategory>();
  for (const filePath of categoryFiles) {
    const file = await parseFile(filePath, display(filePath), categoryFrontmatterSchema, errors);
    if (!file) continue;
    const { data } = file;
    const sameSlug = categoryBySlug.get(data.slug);
    if (sameSlug) {
      errors.push({ path: file.path, field: "slug", message: `"${data.slug}" is also used by ${sameSlug.path}` });
      continue;
    }
    const sameOrder = categoryByOrder.get(data.order);
    if (sameOrder) {
      errors.push({ path: file.path, field: "order", message: `${data.order} is also used by ${sameOrder.path}` });
      continue;
    }
    const bodyHtml = renderMarkdown(file.body);
    const category = { ...data, path: file.path, bodyHtml, contentHash: hashOf({ ...data, bodyHtml }) };
    categoryBySlug.set(data.slug, category);
    categoryByOrder.set(data.order, category);
    categories.push(category);
  }

  const problems: LoadedProblem[] = [];
  const problemByNumber = new Map<string, LoadedProblem>();
  for (const filePath of problemFiles) {
    const file = await parseFile(filePath, display(filePath), problemFrontmatterSchema, errors);
    if (!file) continue;
    const { data } = file;
    const fileErrorsBefore = errors.length;
    const sameNumber = problemByNumber.get(data.number);
    if (sameNumber) {
      errors.push({ path: file.path, field: "number", message: `"${data.number}" is also used by ${sameNumber.path}` });
    }
    const category = categoryBySlug.get(data.category);
    if (!category) {
      const known = [...categoryBySlug.keys()].sort().join(", ");
      errors.push({ path: file.path, field: "category", message: `unknown category "${data.category}"; expected one of: ${known}` });
    } else if (!data.number.startsWith(`${category.order}.`)) {
      errors.push({
        path: file.path,
        field: "number",
        message: `"${data.number}" does not belong to category ${category.order} (${category.slug}); its problems are numbered ${category.order}.N`,
      });
    }
    if (file.body === "") {
      errors.push({ path: file.path, field: "(body)", message: "empty body; describe the problem in Markdown below the frontmatter" });
    }
    if (errors.length > fileErrorsBefore) continue;
    const bodyHtml = renderMarkdown(file.body);
    const problem: LoadedProblem = {
      ...data,
      path: file.path,
      ...problemNumberParts(data.number),
      bodyHtml,
      searchText: searchableText(data.number, data.title, file.body),
      contentHash: hashOf({ ...data, bodyHtml }),
    };
    problemByNumber.set(data.number, problem);
    problems.push(problem);
  }

  if (errors.length > 0) return { ok: false, errors };
  problems.sort(compareProblemNumbers);
  categories.sort((a, b) => a.order - b.order);
  return { ok: true, categories, problems };
}
