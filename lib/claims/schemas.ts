import { z } from "zod";
import { PROBLEM_NUMBER_PATTERN } from "@/lib/content/schema";
import {
  AI_INVOLVEMENTS,
  CLAIM_PURPOSES,
  CLAIM_STATUSES,
  MAX_CLAIM_LINKS,
  MAX_MESSAGE_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_NOTE_LINKS,
  MAX_OUTCOME_SUMMARY_LENGTH,
  MAX_PROGRESS_NOTE_LENGTH,
  WORK_LINK_KINDS,
} from "./vocabulary";

export * from "./vocabulary";

/** Input schemas for every claim, collaboration, link and moderation mutation. */

/** Only http(s) URLs: a javascript: or data: URL in a link would run in other people's browsers. */
export const webUrl = z
  .string()
  .trim()
  .max(500, "At most 500 characters")
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "Enter a full http:// or https:// address" }));

/**
 * Text from a textarea, trimmed and at most `max` characters. Browsers post line breaks as CRLF;
 * they count as one character here, as in the form's live counter. The refusal names the limit and
 * the length, so it helps without JavaScript too.
 */
export const longText = (max: number) =>
  z
    .string()
    .overwrite((text) => text.replace(/\r\n?/g, "\n"))
    .trim()
    .max(max, { error: (issue) => `At most ${max} characters (this has ${String(issue.input).length})` });

const id = z.coerce.number({ error: "Expected an id" }).int().positive();
const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "1", "false", "0", ""])])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true" || value === "1");

/** Up to `max` http(s) links, each checked where it was typed (blanks included), so an error names the right field. */
const linkList = (max: number) =>
  z
    .array(z.string().trim().pipe(z.union([z.literal(""), webUrl])))
    .default([])
    .transform((links) => links.filter(Boolean))
    .pipe(z.array(z.string()).max(max, `At most ${max} links`));

/**
 * A day from <input type="date"> ("2027-03-03"), or blank for the default. Whether it lies in the
 * allowed range depends on the clock, so the service checks that (lib/claims/expiry.ts).
 */
const expiryDay = z
  .string()
  .trim()
  .default("")
  .refine((day) => day === "" || (/^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)), {
    error: "Enter a date such as 2027-03-03",
  });

/** A select with a "not said" blank option: blank becomes null. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z
    .union([z.literal(""), z.enum(values, { error })], { error })
    .optional()
    .transform((value) => (value ? value : null));

export const problemNumberSchema = z.string().regex(PROBLEM_NUMBER_PATTERN, "Unknown problem");

export const claimInputSchema = z.object({
  problemNumber: problemNumberSchema,
  status: z.enum(CLAIM_STATUSES, { error: "Choose interested, working, paused or done" }),
  note: longText(MAX_NOTE_LENGTH).default(""),
  links: linkList(MAX_CLAIM_LINKS),
  lookingForCollaborators: checkbox,
  expiresOn: expiryDay,
  purpose: optionalChoice(CLAIM_PURPOSES, "Choose learning, replicating, research or other"),
  aiInvolvement: optionalChoice(AI_INVOLVEMENTS, "Choose none, as assistant, substantial or mostly AI"),
  // Only kept when the status is done; the form shows these fields for "done".
  outcomeUrl: z.string().trim().pipe(z.union([z.literal(""), webUrl])).default(""),
  outcomeSummary: z
    .string()
    .overwrite((text) => text.replace(/\s+/g, " "))
    .trim()
    .max(MAX_OUTCOME_SUMMARY_LENGTH, { error: (issue) => `One line of at most ${MAX_OUTCOME_SUMMARY_LENGTH} characters (this has ${String(issue.input).length})` })
    .default(""),
});

export const claimIdSchema = z.object({ claimId: id });

export const renewInputSchema = z.object({ claimId: id, expiresOn: expiryDay });

export const progressNoteInputSchema = z.object({
  claimId: id,
  body: longText(MAX_PROGRESS_NOTE_LENGTH).min(1, "Write what you did or found"),
  links: linkList(MAX_NOTE_LINKS),
});

export const requestInputSchema = z.object({
  claimId: id,
  message: longText(MAX_MESSAGE_LENGTH).min(1, "Say a few words about yourself and how you would help"),
});

export const requestResponseSchema = z.object({
  requestId: id,
  decision: z.enum(["accept", "decline"], { error: "Choose accept or decline" }),
});

export const requestIdSchema = z.object({ requestId: id });

export const workLinkInputSchema = z.object({
  problemNumber: problemNumberSchema,
  title: z.string().trim().min(1, "Give the work a title").max(200, "At most 200 characters"),
  url: webUrl,
  kind: z.enum(WORK_LINK_KINDS, { error: "Choose paper, post, repo or other" }),
});

export const moderationInputSchema = z.object({
  target: z.enum(["claim", "request", "link"]),
  id,
  hidden: checkbox,
});

export type ClaimInput = z.infer<typeof claimInputSchema>;

export const workLinkIdSchema = z.object({ linkId: id });
