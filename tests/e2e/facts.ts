import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";

/**
 * Expected answers computed straight from the facts file, independently of the app's code.
 * Where ../shared is not checked out, the content frontmatter stands in (a Vitest test proves the two agree).
 */
type Fact = { number: string; category_number: number; difficulty: string | null; exciting: boolean | null };

const factsFile = path.join(process.cwd(), "..", "shared", "cop", "problems.jsonl");

function factsFromContent(): Fact[] {
  const dir = path.join(process.cwd(), "content", "problems");
  return readdirSync(dir)
    .map((name) => matter(readFileSync(path.join(dir, name), "utf8")).data)
    .map((data) => ({
      number: String(data.number),
      category_number: Number(String(data.number).split(".")[0]),
      difficulty: (data.difficulty as string | undefined) ?? null,
      exciting: data.exciting === true,
    }))
    .sort((a, b) => {
      const [a1, a2] = a.number.split(".").map(Number);
      const [b1, b2] = b.number.split(".").map(Number);
      return a1! - b1! || a2! - b2!;
    });
}

const facts: Fact[] = existsSync(factsFile)
  ? readFileSync(factsFile, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Fact)
  : factsFromContent();

export function expectedNumbers(predicate: (fact: Fact) => boolean): string[] {
  return facts.filter(predicate).map((fact) => fact.number);
}

export function spans(difficulty: string | null, letter: string): boolean {
  return difficulty !== null && difficulty.charAt(0) <= letter && letter <= difficulty.charAt(difficulty.length - 1);
}
