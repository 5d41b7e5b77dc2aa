import { z } from "zod";
import { PROBLEM_NUMBER_PATTERN } from "@/lib/content/schema";
import { CLAIM_STATUSES, MAX_CLAIM_LINKS, MAX_MESSAGE_LENGTH, MAX_NOTE_LENGTH, WORK_LINK_KINDS } from "./vocabulary";

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

export const problemNumberSchema = z.string().regex(PROBLEM_NUMBER_PATTERN, "Unknown problem");

export const claimInputSchema = z.object({
  problemNumber: problemNumberSchema,
  status: z.enum(CLAIM_STATUSES, { error: "Choose interested, working, paused or done" }),
  note: longText(MAX_NOTE_LENGTH).default(""),
  // Each link is checked where it was typed, blanks included, so an error names the right field.
  links: z
    .array(z.string().trim().pipe(z.union([z.literal(""), webUrl])))
    .default([])
    .transform((links) => links.filter(Boolean))
    .pipe(z.array(z.string()).max(MAX_CLAIM_LINKS, `At most ${MAX_CLAIM_LINKS} links`)),
  lookingForCollaborators: checkbox,
});

export const claimIdSchema = z.object({ claimId: id });

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
