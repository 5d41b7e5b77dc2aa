import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const REAL_CONTENT_DIR = path.join(process.cwd(), "content");
export const FIXTURE_CONTENT_DIR = path.join(process.cwd(), "tests", "fixtures", "content");
export const BROKEN_FIXTURES_DIR = path.join(process.cwd(), "tests", "fixtures", "broken");
export const FACTS_FILE = path.join(process.cwd(), "..", "shared", "cop", "problems.jsonl");

/** A writable copy of a content folder, so a test can edit, add or delete files. */
export function copyContent(from: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "open-problems-content-"));
  cpSync(from, dir, { recursive: true });
  return dir;
}
