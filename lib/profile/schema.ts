import { z } from "zod";
import { displayNameSchema } from "@/lib/auth/display-name";
import { longText, webUrl } from "@/lib/claims/schemas";
import { CONTACT_VISIBILITIES, MAX_BIO_LENGTH } from "./vocabulary";

export * from "./vocabulary";

const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`).default("");

export const profileInputSchema = z.object({
  name: displayNameSchema,
  affiliation: optionalText(120),
  bio: longText(MAX_BIO_LENGTH).default(""),
  skills: optionalText(300),
  contactEmail: z.union([z.literal(""), z.email("Enter a valid email address").max(254)]).default(""),
  discord: z
    .string()
    .trim()
    .max(40, "At most 40 characters")
    .regex(/^[^\s@#:`]*(#\d{4})?$/, "Enter a Discord username such as ada_l")
    .default(""),
  website: z.union([z.literal(""), webUrl]).default(""),
  contactVisibility: z.enum(CONTACT_VISIBILITIES, { error: "Choose who can see your contact details" }),
});

export type ProfileInput = z.infer<typeof profileInputSchema>;
