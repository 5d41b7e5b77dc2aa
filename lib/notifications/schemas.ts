import { z } from "zod";
import { problemNumberSchema } from "@/lib/claims/schemas";
import { EMAIL_MODES, NOTIFICATION_KINDS, type EmailMode, type NotificationKind } from "./kinds";

const id = z.coerce.number({ error: "Expected an id" }).int().positive();

export const notificationIdSchema = z.object({ notificationId: id });

export const watchInputSchema = z.object({
  problemNumber: problemNumberSchema,
  watch: z.enum(["on", "off"], { error: "Choose watch or unwatch" }),
});

const mode = z.enum(EMAIL_MODES, { error: "Choose right away, daily digest or never" });

/** One select per kind, named `email.<kind>`; every kind must be present so a forged post cannot half-save. */
export const emailPreferencesSchema = z
  .object(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [`email.${kind}`, mode])) as Record<`email.${NotificationKind}`, typeof mode>)
  .transform((values) => NOTIFICATION_KINDS.map((kind) => ({ kind, mode: values[`email.${kind}`] as EmailMode })));
