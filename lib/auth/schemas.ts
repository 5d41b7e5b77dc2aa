import { z } from "zod";

/** A same-site path to go back to after signing in; anything else falls back to /me. */
export const returnToSchema = z
  .string()
  .regex(/^\/(?![/\\])[^\s]*$/, "must be a path on this site")
  .max(500)
  .catch("/me");

/** The rules for a new password, wherever one is chosen (sign-up, change password); Better Auth's limits match. */
export const passwordSchema = z.string().min(8, "At least 8 characters").max(128, "At most 128 characters");

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(80, "At most 80 characters"),
  email: z.email("Enter a valid email address").max(254).transform((email) => email.toLowerCase()),
  password: passwordSchema,
  returnTo: returnToSchema,
  // Honeypot: people leave it empty; form-filling bots do not.
  website: z.literal("", { error: "Leave this field empty" }).optional(),
});

export const signInSchema = z.object({
  email: z.email("Enter a valid email address").max(254).transform((email) => email.toLowerCase()),
  password: z.string().min(1, "Enter your password").max(128, "At most 128 characters"),
  returnTo: returnToSchema,
});
