import "server-only";
import { db } from "@/lib/db";
import { invalid, succeeded, type MutationResult } from "@/lib/mutation-result";
import type { Actor } from "@/lib/claims/service";
import { profileInputSchema, type ContactVisibility, type ProfileInput } from "./schema";

export type Profile = ProfileInput;

/** The actor's profile, with defaults when they have not filled it in yet. */
export async function getProfile(userId: string): Promise<Profile> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { profile: true } });
  const profile = user.profile;
  return {
    name: user.name,
    affiliation: profile?.affiliation ?? "",
    bio: profile?.bio ?? "",
    skills: profile?.skills ?? "",
    contactEmail: profile?.contactEmail ?? "",
    discord: profile?.discord ?? "",
    website: profile?.website ?? "",
    contactVisibility: (profile?.contactVisibility as ContactVisibility | undefined) ?? "collaborators",
  };
}

/** Saves the actor's own profile (display name included). */
export async function saveProfile(actor: Actor, rawInput: unknown): Promise<MutationResult> {
  const parsed = profileInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const { name, ...profile } = parsed.data;
  await db.$transaction([
    db.user.update({ where: { id: actor.id }, data: { name } }),
    db.profile.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...profile }, update: profile }),
  ]);
  return succeeded(undefined);
}
