import path from "node:path";
import { glossaryDirOf, loadGlossary, type LoadedGlossaryEntry } from "./load-glossary";
import { markdownFiles, parseFile, type ContentError } from "./parse-file";
import {
  categoryFrontmatterSchema,
  problemFrontmatterSchema,
  type CategoryFrontmatter,
  type ProblemFrontmatter,
} from "./schema";

export type { ContentError } from "./parse-file";
export type { LoadedGlossaryEntry } from "./load-glossary";

/** A valid category file. Its body stays Markdown: ingest renders it only when the row must be written. */
export type LoadedCategory = CategoryFrontmatter & { path: string; body: string; contentHash: string };

/** A valid problem file. Its body stays Markdown: ingest renders it only when the row must be written. */
export type LoadedProblem = ProblemFrontmatter & ProblemNumberParts & { path: string; body: string; contentHash: string };

export type LoadedContent =
  | { ok: true; categories: LoadedCategory[]; problems: LoadedProblem[]; glossary: LoadedGlossaryEntry[] }
  | { ok: false; errors: ContentError[] };

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

/**
 * Reads and validates every category, problem and glossary file under contentDir (categories/,
 * problems/ and glossary/),
 * every time: checks across files (numbers, categories) need them all, and validation costs far
 * less than rendering. Either all content is valid, or every error found is returned and nothing else.
 */
export async function loadContent(contentDir: string): Promise<LoadedContent> {
  const errors: ContentError[] = [];
  const display = (filePath: string) => path.relative(process.cwd(), filePath) || filePath;

  const categoryFiles = markdownFiles(path.join(contentDir, "categories"));
  const problemFiles = markdownFiles(path.join(contentDir, "problems"));
  if (categoryFiles.length === 0) {
    errors.push({ path: display(path.join(contentDir, "categories")), field: "(folder)", message: "no category files found" });
  }

  const categories: LoadedCategory[] = [];
  const categoryBySlug = new Map<string, LoadedCategory>();
  const categoryByOrder = new Map<number, LoadedCategory>();
  for (const filePath of categoryFiles) {
    const file = parseFile(filePath, display(filePath), categoryFrontmatterSchema, errors);
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
    const category = { ...data, path: file.path, body: file.body, contentHash: file.contentHash };
    categoryBySlug.set(data.slug, category);
    categoryByOrder.set(data.order, category);
    categories.push(category);
  }

  const problems: LoadedProblem[] = [];
  const problemByNumber = new Map<string, LoadedProblem>();
  for (const filePath of problemFiles) {
    const file = parseFile(filePath, display(filePath), problemFrontmatterSchema, errors);
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
    const problem: LoadedProblem = { ...data, ...problemNumberParts(data.number), path: file.path, body: file.body, contentHash: file.contentHash };
    problemByNumber.set(data.number, problem);
    problems.push(problem);
  }

  const glossary = loadGlossary(glossaryDirOf(contentDir), display, errors);

  if (errors.length > 0) return { ok: false, errors };
  problems.sort(compareProblemNumbers);
  categories.sort((a, b) => a.order - b.order);
  return { ok: true, categories, problems, glossary };
}
