import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site/site-header";
import { SignedOutMenu, SignedOutNav } from "@/components/site/user-nav";

/** Pages as a signed-out visitor sees them: no per-visitor part, so each is cached whole. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader account={<SignedOutNav />} accountMenu={<SignedOutMenu />} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
