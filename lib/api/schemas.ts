import { z } from "zod";
import { AI_INVOLVEMENTS, CLAIM_PURPOSES, CLAIM_STATUSES } from "@/lib/claims/vocabulary";
import { DURATION_BUCKETS, MIN_DAYS_WORKED } from "@/lib/community-difficulty/vocabulary";
import { PROBLEM_NUMBER_PATTERN } from "@/lib/content/schema";
import { DIFFICULTY_LETTERS } from "@/lib/problems/difficulty";

/**
 * The public API's shapes as zod schemas: the TypeScript types of the JSON the routes send are
 * inferred from these (lib/problems/json.ts, lib/claims/json.ts), and the OpenAPI document
 * (./openapi.ts) describes the responses from them, so the two cannot drift apart.
 */

/** The path parameter of GET /api/problems/{number}. */
export const problemPathParameters = z.object({
  number: z.string().regex(PROBLEM_NUMBER_PATTERN, "expected a problem number such as 1.12").meta({ description: "The problem's number, as the source numbers it.", examples: ["1.12"] }),
});

const isoDate = z.string().meta({ description: "ISO 8601 timestamp (UTC)", format: "date-time" });
const oneOf = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(", ");

export const problemJsonSchema = z
  .object({
    number: z.string().meta({ examples: ["1.12"] }),
    title: z.string(),
    category: z.string().meta({ description: "The category's slug." }),
    subcategory: z.string().nullable(),
    difficulty: z.string().nullable().meta({ description: "A, B, C or D, or a range such as B-C; null when unrated." }),
    exciting: z.boolean().nullable().meta({ description: "The author's star: true starred, false checked and not starred, null not verified yet." }),
    activeClaims: z.number().int().meta({ description: "Claims interested or working, before their expiry date." }),
    workingClaims: z.number().int(),
    interestedClaims: z.number().int(),
    doneClaims: z.number().int(),
    lookingForCollaborators: z.boolean().meta({ description: "An active claim looks for collaborators." }),
    community: z
      .object({
        reports: z.number().int().meta({ description: "How many people reported." }),
        level: z.enum(DIFFICULTY_LETTERS).meta({ description: "The most reported letter; a tie goes to the easier one." }),
        duration: z.enum(DURATION_BUCKETS).meta({ description: "The median reported duration (the shorter middle one when the count is even)." }),
      })
      .nullable()
      .meta({
        description: `What people who worked on the problem (a claim done, or running at least ${MIN_DAYS_WORKED} days) report, apart from the author's \`difficulty\`; null when nobody has.`,
      }),
    url: z.url().meta({ description: "The problem's page." }),
  })
  .meta({ id: "Problem", description: "A catalogue row." });

export const claimJsonSchema = z
  .object({
    owner: z.object({
      name: z.string(),
      affiliation: z.string(),
      contact: z
        .object({ email: z.string(), discord: z.string(), website: z.string() })
        .nullable()
        .meta({ description: "Only the details the owner made public; null when none." }),
    }),
    status: z.string().meta({ description: `One of ${oneOf([...CLAIM_STATUSES, "withdrawn"])}.` }),
    startedAt: isoDate,
    lastUpdateAt: isoDate,
    expiresAt: isoDate.nullable().meta({ description: "When an interested or working claim lapses unless renewed; null for other statuses." }),
    active: z.boolean(),
    lapsed: z.boolean(),
    lookingForCollaborators: z.boolean(),
    purpose: z.string().nullable().meta({ description: `One of ${oneOf(CLAIM_PURPOSES)}, or null.` }),
    aiInvolvement: z.string().nullable().meta({ description: `One of ${oneOf(AI_INVOLVEMENTS)}, or null.` }),
    outcome: z.object({ summary: z.string(), url: z.string() }).nullable(),
    notes: z.array(z.object({ date: isoDate, author: z.string(), body: z.string(), links: z.array(z.string()) })).meta({ description: "Progress notes, newest first." }),
  })
  .meta({ id: "Claim", description: "A claim's public fields. Hidden claims never appear." });

export const problemListJsonSchema = z
  .object({ total: z.number().int(), problems: z.array(problemJsonSchema) })
  .meta({ id: "ProblemList", description: "Every live problem matching the filter, sorted by number." });

export const problemDetailJsonSchema = problemJsonSchema
  .extend({ archived: z.boolean().meta({ description: "The problem's file was removed; its page and history stay." }), claims: z.array(claimJsonSchema) })
  .meta({ id: "ProblemDetail", description: "One problem with its visible claims." });

export const apiErrorSchema = z
  .object({
    error: z.string().meta({ description: "What was wrong, naming the value and what was expected." }),
    parameter: z.string().optional().meta({ description: "The offending parameter, when one is to blame." }),
  })
  .meta({ id: "Error" });
