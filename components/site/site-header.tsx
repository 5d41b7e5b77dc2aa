import Link from "next/link";
import type { ReactNode } from "react";

/** The header on every page; `account` is its per-visitor end (sign-in links, or who is signed in). */
export function SiteHeader({ account }: { account: ReactNode }) {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold tracking-tight">
          Open Problems <span className="text-zinc-500 dark:text-zinc-400">in Mechanistic Interpretability</span>
        </Link>
        <div className="flex gap-4 text-sm">
          <Link href="/start" className="hover:underline">
            Start here
          </Link>
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
        <div className="ml-auto flex min-w-0 items-center gap-4 text-sm">{account}</div>
      </nav>
    </header>
  );
}
