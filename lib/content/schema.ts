import { z } from "zod";
import { parseDifficulty } from "@/lib/problems/difficulty";

/** The one definition of valid content frontmatter; the types below are inferred from it. */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PROBLEM_NUMBER_PATTERN = /^[1-9]\d*\.[1-9]\d*$/;

const httpUrl = z
  .url({ protocol: /^https?$/, error: "expected an http(s) URL" })
  .max(500);

const problemNumber = z.unknown().transform((value, context): string => {
  if (typeof value === "string" && PROBLEM_NUMBER_PATTERN.test(value)) return value;
  context.addIssue({
    code: "custom",
    // YAML reads an unquoted 1.10 as the number 1.1, so say how to write it.
    message:
      typeof value === "number"
        ? `expected a quoted string such as "1.12"; YAML read ${value} as a number, so write number: "${value}"`
        : `expected a problem number such as "1.12"; got ${JSON.stringify(value) ?? "nothing"}`,
  });
  return z.NEVER;
});

const difficulty = z
  .string({ error: 'expected A, B, C or D, or a range such as "B-C"; leave the field out for an unrated problem' })
  .transform((raw, context) => {
    const parsed = parseDifficulty(raw);
    if (!parsed.ok) {
      context.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.value;
  });

export const problemFrontmatterSchema = z
  .object({
    number: problemNumber,
    title: z.string({ error: "expected a title" }).trim().min(1, "must not be empty").max(200),
    category: z.string({ error: "expected a category slug" }).regex(SLUG_PATTERN, "expected a category slug such as toy-language-models"),
    subcategory: z.string().trim().min(1).max(200).optional(),
    difficulty: difficulty.optional(),
    // Three-valued: true (starred), false (checked: not starred), null or absent (not verified yet).
    exciting: z.boolean({ error: "expected true, false or null (not verified)" }).nullable().default(null),
    source: httpUrl,
    terms: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  })
  .strict();

export const categoryFrontmatterSchema = z
  .object({
    slug: z.string().regex(SLUG_PATTERN, "expected a slug such as toy-language-models"),
    title: z.string().trim().min(1, "must not be empty").max(200),
    order: z.number({ error: "expected the category's number, 1 to 99" }).int().min(1).max(99),
    summary: z.string().trim().min(1, "must not be empty").max(400),
    source: httpUrl,
  })
  .strict();

export const glossaryFrontmatterSchema = z
  .object({
    term: z.string({ error: "expected the term, spelled as the problems use it" }).trim().min(1, "must not be empty").max(100),
    slug: z.string({ error: "expected a slug such as induction-head" }).regex(SLUG_PATTERN, "expected a slug such as induction-head"),
    // Other spellings that problems use for the same thing: a plural, a hyphenated form, an abbreviation.
    aliases: z.array(z.string({ error: "expected a list of strings" }).trim().min(1, "must not be empty").max(100)).max(20).default([]),
    // One well-known public explainer; optional, and left out unless we are sure the page exists.
    link: httpUrl.optional(),
  })
  .strict();

export type ProblemFrontmatter = z.infer<typeof problemFrontmatterSchema>;
export type GlossaryFrontmatter = z.infer<typeof glossaryFrontmatterSchema>;
export type CategoryFrontmatter = z.infer<typeof categoryFrontmatterSchema>;
