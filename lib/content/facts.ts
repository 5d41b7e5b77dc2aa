import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * The verified facts about each problem (../shared/cop/problems.jsonl): the maintainers'
 * reference for ratings, stars and sections. Content files must agree with it.
 */
export const problemFactSchema = z.object({
  number: z.string(),
  category: z.string(),
  category_number: z.number().int(),
  section: z.string().nullable(),
  difficulty: z.string().nullable(),
  exciting: z.boolean().nullable(),
  topic: z.string(),
  summary: z.string(),
  terms: z.array(z.string()),
  source_url: z.string(),
});

export type ProblemFact = z.infer<typeof problemFactSchema>;

/** Reads and validates the facts file, one JSON object per line. */
export function readProblemFacts(path: string): ProblemFact[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      const parsed = problemFactSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
