import { z } from "zod";
import { displayNameSchema } from "./display-name";
import { passwordWeakness } from "./password-strength";

/**
 * A same-site path to go back to after signing in; anything else falls back to /me. The result is
 * percent-encoded, so a path with non-Latin characters can go into a Location header.
 */
export const returnToSchema = z
  .string()
  .regex(/^\/(?![/\\])[^\s]*$/, "must be a path on this site")
  .max(500)
  .transform((value, context) => {
    try {
      const url = new URL(value, "http://same.site");
      if (url.host !== "same.site") throw new Error("left the site");
      return `${url.pathname}${url.search}${url.hash}`;
    } catch {
      context.addIssue({ code: "custom", message: "must be a path on this site" });
      return z.NEVER;
    }
  })
  .catch("/me");

export const emailSchema = z
  .email("Enter a valid email address")
  .max(254, "At most 254 characters")
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string({ error: "Enter a password" })
  .min(8, "At least 8 characters")
  .max(128, "At most 128 characters")
  .superRefine((password, context) => {
    const weakness = passwordWeakness(password);
    if (weakness) context.addIssue({ code: "custom", message: weakness });
  });

/** A new account, however it arrives: our sign-up form or Better Auth's HTTP endpoint. */
export const newAccountSchema = z.object({ name: displayNameSchema, email: emailSchema, password: passwordSchema });

export const signUpSchema = newAccountSchema.extend({
  returnTo: returnToSchema,
  // Honeypot: people leave it empty; form-filling bots do not.
  website: z.literal("", { error: "Leave this field empty" }).optional(),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(128, "At most 128 characters"),
  returnTo: returnToSchema,
});

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z.object({
  token: z.string().min(1, "This reset link is incomplete; ask for a new one").max(200),
  newPassword: passwordSchema,
});
