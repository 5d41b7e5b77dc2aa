import { readFileSync } from "node:fs";
import path from "node:path";

/** Expected answers computed from the facts file, independently of the app's own code. */
type Fact = { number: string; category_number: number; difficulty: string | null; exciting: boolean | null };

const facts: Fact[] = readFileSync(path.join(process.cwd(), "..", "shared", "cop", "problems.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Fact);

export function expectedNumbers(predicate: (fact: Fact) => boolean): string[] {
  return facts.filter(predicate).map((fact) => fact.number);
}

export function spans(difficulty: string | null, letter: string): boolean {
  return difficulty !== null && difficulty.charAt(0) <= letter && letter <= difficulty.charAt(difficulty.length - 1);
}
