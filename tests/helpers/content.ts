import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { serializeProblemFile } from "@/lib/content/serialize";

export const REAL_CONTENT_DIR = path.join(process.cwd(), "content");
export const FIXTURE_CONTENT_DIR = path.join(process.cwd(), "tests", "fixtures", "content");
export const BROKEN_FIXTURES_DIR = path.join(process.cwd(), "tests", "fixtures", "broken");
export const GLOSSARY_FIXTURES_DIR = path.join(process.cwd(), "tests", "fixtures", "glossary");
export const BROKEN_GLOSSARY_FIXTURES_DIR = path.join(process.cwd(), "tests", "fixtures", "broken-glossary");
export const FACTS_FILE = path.join(process.cwd(), "..", "shared", "cop", "problems.jsonl");

/** A writable copy of a content folder, so a test can edit, add or delete files. */
export function copyContent(from: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "open-problems-content-"));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** A writable copy of the fixture content with the valid glossary fixtures in its glossary/ folder. */
export function copyContentWithGlossary(): string {
  const dir = copyContent(FIXTURE_CONTENT_DIR);
  cpSync(GLOSSARY_FIXTURES_DIR, path.join(dir, "glossary"), { recursive: true });
  return dir;
}

/** Writes a valid problem file for each number (e.g. "1.1000") of one category into a content folder. */
export function writeProblemFiles(contentDir: string, category: string, numbers: string[]): void {
  for (const number of numbers) {
    const file = serializeProblemFile(
      { number, title: `Generated problem ${number}`, category, exciting: false, source: "https://example.org/generated" },
      `Generated problem ${number}, with some **Markdown**.`,
    );
    writeFileSync(path.join(contentDir, "problems", `${number}.md`), file);
  }
}

/** The numbers order.from to order.to, leaving out `except` (say, numbers the fixtures already have). */
export function problemNumbers(order: number, from: number, to: number, except: string[] = []): string[] {
  const numbers: string[] = [];
  for (let minor = from; minor <= to; minor += 1) numbers.push(`${order}.${minor}`);
  return numbers.filter((number) => !except.includes(number));
}
