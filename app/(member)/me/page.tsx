import type { Metadata } from "next";
import Link from "next/link";
import { ClaimCard } from "@/components/claims/claim-card";
import { MyClaims } from "@/components/claims/my-claims";
import { RequestList } from "@/components/claims/request-list";
import { requireCurrentUser } from "@/lib/auth/session";
import { dashboardFor } from "@/lib/claims/queries";
import { WatchedProblems } from "@/components/notifications/watched-problems";
import { watchedProblems } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "My work" };

export default async function DashboardPage() {
  const user = await requireCurrentUser("/me");
  const [dashboard, watched] = await Promise.all([dashboardFor(user.id), watchedProblems(user.id)]);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">My work</h1>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/me/notifications" className="underline">
            Notifications
          </Link>
          <Link href="/me/profile" className="underline">
            Edit profile and contact details
          </Link>
          <Link href="/me/account" className="underline">
            Account: password, my data, delete
          </Link>
        </p>
      </header>

      <MyClaims dashboard={dashboard} />

      <section aria-labelledby="collaborating" className="space-y-3">
        <h2 id="collaborating" className="text-lg font-semibold">
          Claims I collaborate on
        </h2>
        {dashboard.collaborating.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            None yet. <Link href="/?collaborators=1" className="underline">See who is looking for collaborators.</Link>
          </p>
        ) : (
          dashboard.collaborating.map((claim) => <ClaimCard key={claim.id} claim={claim} showProblem />)
        )}
      </section>

      <section aria-labelledby="received" className="space-y-3">
        <h2 id="received" className="text-lg font-semibold">
          Requests I received
        </h2>
        <RequestList requests={dashboard.received} direction="received" />
      </section>

      <section aria-labelledby="sent" className="space-y-3">
        <h2 id="sent" className="text-lg font-semibold">
          Requests I sent
        </h2>
        <RequestList requests={dashboard.sent} direction="sent" />
      </section>

      <section aria-labelledby="watching" className="space-y-3">
        <h2 id="watching" className="text-lg font-semibold">
          Problems I watch
        </h2>
        <WatchedProblems problems={watched} />
      </section>
    </div>
  );
}
