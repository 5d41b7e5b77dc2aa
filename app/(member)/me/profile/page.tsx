import type { Metadata } from "next";
import Link from "next/link";
import { EmailSettingsForm } from "@/components/notifications/email-settings-form";
import { VerifyEmailButton } from "@/components/notifications/verify-email-button";
import { ProfileForm } from "@/components/profile/profile-form";
import { requireCurrentUser } from "@/lib/auth/session";
import { emailSettingsFor } from "@/lib/notifications/queries";
import { getProfile } from "@/lib/profile/profile";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ verified?: string }> }) {
  const user = await requireCurrentUser("/me/profile");
  const [profile, email, query] = await Promise.all([getProfile(user.id), emailSettingsFor(user.id), searchParams]);
  return (
    <div className="mx-auto max-w-xl space-y-8">
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">Profile</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Your name, affiliation and skills show next to your claims. Contact details show only to the people you choose.
        </p>
        <ProfileForm profile={profile} />
      </section>

      <section aria-labelledby="email" className="space-y-4">
        <h2 id="email" className="text-lg font-semibold">
          Email notifications
        </h2>
        {query.verified === "1" && email.emailVerified && (
          <p role="status" className="rounded-md border border-green-700 px-3 py-2 text-sm text-green-800 dark:text-green-300">
            Your address {email.email} is confirmed.
          </p>
        )}
        {!email.mailEnabled ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="mail-off">
            This server sends no email: everything reaches your <Link href="/me/notifications" className="underline">inbox</Link> on the site. The
            choices below take effect if its operator turns mail on.
          </p>
        ) : email.emailVerified ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            Emails go to {email.email}. Whatever you choose, your <Link href="/me/notifications" className="underline">inbox</Link> on the site shows everything.
          </p>
        ) : (
          <div className="space-y-2 rounded-md border border-amber-600 px-3 py-2 text-sm" data-testid="email-unverified">
            <p>We email only confirmed addresses. Confirm {email.email} to get these emails.</p>
            <VerifyEmailButton />
          </div>
        )}
        <EmailSettingsForm modes={email.modes} />
      </section>

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
