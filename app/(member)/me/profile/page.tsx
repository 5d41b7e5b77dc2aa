import type { Metadata } from "next";
import Link from "next/link";
import { ProfileForm } from "@/components/profile/profile-form";
import { requireCurrentUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/profile/profile";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireCurrentUser("/me/profile");
  const profile = await getProfile(user.id);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Profile</h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Your name, affiliation and skills show next to your claims. Contact details show only to the people you choose.
      </p>
      <ProfileForm profile={profile} />
      <p className="text-sm">
        Password, a copy of your data and deleting your account:{" "}
        <Link href="/me/account" className="underline">
          account settings
        </Link>
        .
      </p>
    </div>
  );
}
