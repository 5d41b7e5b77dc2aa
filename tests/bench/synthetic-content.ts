import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { serializeProblemFile, type ProblemFrontmatterInput } from "@/lib/content/serialize";

type Template = { frontmatter: ProblemFrontmatterInput; body: string };

function readTemplates(contentDir: string): Template[] {
  const dir = path.join(contentDir, "problems");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const file = matter(readFileSync(path.join(dir, name), "utf8"), {});
      return { frontmatter: file.data as ProblemFrontmatterInput, body: file.content };
    });
}

function categoryOrders(contentDir: string): { slug: string; order: number }[] {
  const dir = path.join(contentDir, "categories");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => matter(readFileSync(path.join(dir, name), "utf8"), {}).data as { slug: string; order: number })
    .sort((a, b) => a.order - b.order);
}

/**
 * Writes `count` valid problem files spread evenly over the real categories into a temp folder.
 * Frontmatter and bodies are copied round-robin from the real files, so body sizes (and Markdown
 * features) match real content. Each body gets a closing line naming its number, so no two files are
 * identical and a cache keyed on the body could not flatter the figures.
 */
export function writeSyntheticContent(count: number, realContentDir: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "open-problems-bench-"));
  cpSync(path.join(realContentDir, "categories"), path.join(dir, "categories"), { recursive: true });
  mkdirSync(path.join(dir, "problems"));
  const templates = readTemplates(realContentDir);
  const categories = categoryOrders(realContentDir);
  const nextMinor = new Map(categories.map((category) => [category.slug, 1]));
  for (let index = 0; index < count; index += 1) {
    const category = categories[index % categories.length]!;
    const minor = nextMinor.get(category.slug)!;
    nextMinor.set(category.slug, minor + 1);
    const template = templates[index % templates.length]!;
    const number = `${category.order}.${minor}`;
    const frontmatter = { ...template.frontmatter, number, category: category.slug, title: `${template.frontmatter.title} (${number})` };
    const body = `${template.body.trim()}\n\nThis is synthetic benchmark problem ${number}.`;
    writeFileSync(path.join(dir, "problems", `${number}.md`), serializeProblemFile(frontmatter, body));
  }
  return dir;
}
