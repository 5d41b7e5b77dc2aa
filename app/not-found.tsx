import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/site/site-header";

export const metadata: Metadata = { title: "Not found" };

// Rendered in place of the group layouts, so it brings the header itself (without the
// per-visitor end: a 404 stays a cacheable static page).
export default function NotFound() {
  return (
    <>
      <SiteHeader account={null} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <div className="mx-auto max-w-xl space-y-3 py-10 text-center">
          <h1 className="text-2xl font-semibold">Not found</h1>
          <p className="text-zinc-700 dark:text-zinc-300">There is no page here. The problem number or category may be mistyped.</p>
          <Link href="/" className="underline">
            Back to all problems
          </Link>
        </div>
      </main>
    </>
  );
}
