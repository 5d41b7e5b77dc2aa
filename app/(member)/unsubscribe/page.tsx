import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/forms/field";
import { readAuthSecret } from "@/lib/auth/secret";
import { KIND_INFO } from "@/lib/notifications/kinds";
import { unsubscribeQuery, verifyUnsubscribe } from "@/lib/notifications/unsubscribe-token";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Query = { u?: string; k?: string; t?: string; done?: string };

/** Where an email's unsubscribe link leads: one button, no sign-in (the link is signed). */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const link = verifyUnsubscribe(query, readAuthSecret());
  if (!link) {
    return (
      <div className="mx-auto max-w-xl space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">Unsubscribe</h1>
        <p data-testid="unsubscribe-invalid">
          This link is not valid: it may have been cut short. Use the full link from the email, or change your email settings on{" "}
          <Link href="/me/profile#email" className="underline">your profile</Link>.
        </p>
      </div>
    );
  }
  const what = link.scope === "all" ? "any email from us" : `emails when: ${KIND_INFO[link.scope].label.toLowerCase()}`;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Unsubscribe</h1>
      {query.done === "1" ? (
        <p role="status" data-testid="unsubscribed">
          Done: you will not get {what}. Your inbox on the site still shows everything. Change your mind any time on{" "}
          <Link href="/me/profile#email" className="underline">your profile</Link>.
        </p>
      ) : (
        <form method="post" action={`/api/unsubscribe?${unsubscribeQuery(link.userId, link.scope, readAuthSecret())}`} className="space-y-3">
          <p>Stop {what}?</p>
          <button type="submit" className={buttonClass}>
            Unsubscribe
          </button>
        </form>
      )}
    </div>
  );
}
