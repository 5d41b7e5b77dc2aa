import { z } from "zod";

/**
 * The name others see next to claims: one definition for sign-up, the profile and Better Auth's
 * own endpoints. Kept apart from the password rules so that client forms importing it stay small.
 */
export const MAX_DISPLAY_NAME_LENGTH = 80;

export const displayNameSchema = z
  .string({ error: "Enter your name" })
  .trim()
  .min(1, "Enter your name")
  .max(MAX_DISPLAY_NAME_LENGTH, `At most ${MAX_DISPLAY_NAME_LENGTH} characters`)
  // Control and format characters (bidi overrides, zero-width joiners) can disguise a name.
  .regex(/^[^\p{Cc}\p{Cf}]*$/u, "Use letters, digits and punctuation only");
