import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site/site-header";
import { UserMenu, UserNav } from "@/components/site/user-nav";

// Allowed to block: the visitor's parts are rendered into the document in order, not streamed
// into Suspense holes, because revealing a streamed hole takes JavaScript and every page here
// (sign-up, /me, the claim form) must work without it.
export const instant = false;

/**
 * Pages for a visitor with a session cookie, and the pages that are about the visitor (/me,
 * sign-in). The cached parts still come from the cache; what depends on the visitor renders per
 * request.
 */
export default function MemberLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader account={<UserNav />} accountMenu={<UserMenu />} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
