import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { secondaryButtonClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { FormattedDate } from "@/components/formatted-date";
import { accountSummary } from "@/lib/account/service";
import { requireCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Account" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireCurrentUser("/me/account");
  const [account, params] = await Promise.all([accountSummary(user.id), searchParams]);
  return (
    <div className="mx-auto max-w-xl space-y-8 [overflow-wrap:anywhere]">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Signed in as <strong>{account.name}</strong> ({account.email}) with {account.signInMethods.join(" and ")}, since{" "}
          <FormattedDate date={account.createdAt} />.
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/me/profile" className="underline">
            Change your display name and profile
          </Link>
          <Link href="/me" className="underline">
            Back to my work
          </Link>
        </p>
      </header>

      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change password
        </h2>
        {/* Set by the change-password action's redirect (lib/account/actions.ts). */}
        {params.password === "changed" && (
          <FormMessage state={{ ok: true, message: "Password changed. Any other devices signed in to your account are now signed out." }} />
        )}
        {account.hasPassword ? (
          <ChangePasswordForm />
        ) : (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">You sign in with GitHub, so there is no password to change here.</p>
        )}
      </section>

      <section aria-labelledby="export-heading" className="space-y-3">
        <h2 id="export-heading" className="text-lg font-semibold">
          Download my data
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          A JSON file with your account, profile and contact details, claims (notes, links, dates), the collaboration requests you sent
          and received, and the links you added. It leaves out your password (only a hash of it is stored), sign-in tokens, and other
          people&rsquo;s messages and contact details.
        </p>
        <a href="/me/export.json" download className={`inline-block ${secondaryButtonClass}`}>
          Download my data (JSON)
        </a>
      </section>

      <section aria-labelledby="delete-heading" className="space-y-3 rounded-lg border border-red-300 p-4 dark:border-red-900">
        <h2 id="delete-heading" className="text-lg font-semibold">
          Delete my account
        </h2>
        <div className="space-y-2 text-sm text-zinc-700 dark:text-zinc-300">
          <p>This deletes, at once and for good (nothing is kept under another name):</p>
          <ul className="list-disc space-y-1 pl-5">
            <li>your account, its sign-in methods and every session;</li>
            <li>your profile and contact details;</li>
            <li>your claims with their notes and links, and the collaboration requests others sent you on them;</li>
            <li>the collaboration requests you sent, so you leave the claims you collaborate on;</li>
            <li>the links to existing work you added.</li>
          </ul>
          <p>Moderators&rsquo; records of hiding items stay, without your name. Download your data first if you want a copy.</p>
        </div>
        <DeleteAccountForm email={account.email} hasPassword={account.hasPassword} />
      </section>
    </div>
  );
}
