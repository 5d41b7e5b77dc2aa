import { z } from "zod";
import { passwordSchema } from "@/lib/auth/schemas";

/** Input schemas for the account page's forms. */

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(128, "At most 128 characters"),
    newPassword: passwordSchema,
    // There is no password reset by email yet: a typo in the new password would lock the account.
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ" })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "Choose a password different from your current one" });

export const deleteAccountSchema = z.object({
  confirmEmail: z.string().trim().min(1, "Type your email to confirm").max(254, "At most 254 characters"),
  // Required only for accounts that have a password (not GitHub-only ones); checked in the service.
  password: z.string().max(128, "At most 128 characters").default(""),
});
