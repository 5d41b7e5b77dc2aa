import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Open Problems in Mechanistic Interpretability", template: "%s · Open Problems in MI" },
  description:
    "Browse the 200 Concrete Open Problems in Mechanistic Interpretability, filter by category and difficulty, and find a problem nobody is working on yet.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-blue-700 focus:px-3 focus:py-2 focus:text-white"
        >
          Skip to content
        </a>
        <header className="border-b border-zinc-200 dark:border-zinc-800">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="font-semibold tracking-tight">
              Open Problems <span className="text-zinc-500 dark:text-zinc-400">in Mechanistic Interpretability</span>
            </Link>
            <div className="flex gap-4 text-sm">
              <Link href="/" className="hover:underline">
                Problems
              </Link>
              <Link href="/categories" className="hover:underline">
                Categories
              </Link>
              <Link href="/glossary" className="hover:underline">
                Glossary
              </Link>
            </div>
            <div className="ml-auto flex min-w-0 items-center gap-4 text-sm">
              {user ? (
                <>
                  {user.isAdmin && (
                    <Link href="/admin" className="hover:underline">
                      Moderation
                    </Link>
                  )}
                  <Link href="/me" className="min-w-0 hover:underline [overflow-wrap:anywhere]" data-testid="signed-in-as">
                    {user.name}
                  </Link>
                  <form action={signOutAction}>
                    <button type="submit" className="hover:underline">
                      Sign out
                    </button>
                  </form>
                </>
              ) : (
                <>
                  <Link href="/sign-in" className="hover:underline">
                    Sign in
                  </Link>
                  <Link href="/sign-up" className="rounded-md bg-blue-700 px-2.5 py-1 font-medium text-white hover:bg-blue-800">
                    Sign up
                  </Link>
                </>
              )}
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 py-8 text-xs text-zinc-500 dark:text-zinc-400">
          Problems from the sequence &ldquo;200 Concrete Open Problems in Mechanistic Interpretability&rdquo;, described in
          our own words; each problem links to its original post. The public JSON API is at{" "}
          <a className="underline" href="/api/problems">
            /api/problems
          </a>
          .
        </footer>
      </body>
    </html>
  );
}
