import Link from "next/link";
import type { ReactNode } from "react";
import { HeaderMenu } from "./header-menu";

const SECTIONS = [
  { href: "/start", label: "Start here" },
  { href: "/", label: "Problems" },
  { href: "/categories", label: "Categories" },
  { href: "/glossary", label: "Glossary" },
] as const;

/**
 * The header on every page. `account` is its per-visitor end on the header line (sign-in links, or
 * the inbox and who is signed in); `accountMenu` the same visitor's entries in the small-screen
 * menu, where the sections go too, so the header stays one line at 375 px.
 */
export function SiteHeader({ account, accountMenu }: { account: ReactNode; accountMenu?: ReactNode }) {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-x-3 px-4 py-3 sm:flex-wrap sm:gap-x-6 sm:gap-y-2">
        <Link href="/" className="shrink-0 font-semibold tracking-tight">
          Open Problems <span className="hidden text-zinc-500 sm:inline dark:text-zinc-400">in Mechanistic Interpretability</span>
        </Link>
        <div className="hidden gap-4 text-sm sm:flex">
          {SECTIONS.map(({ href, label }) => (
            <Link key={label} href={href} className="hover:underline">
              {label}
            </Link>
          ))}
        </div>
        <div className="ml-auto flex min-w-0 items-center gap-3 text-sm sm:gap-4">
          {account}
          <HeaderMenu>
            {SECTIONS.map(({ href, label }) => (
              <Link key={label} href={href} className="rounded px-2 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-900">
                {label}
              </Link>
            ))}
            {accountMenu && <div className="mt-1 flex flex-col gap-1 border-t border-zinc-200 pt-2 dark:border-zinc-800">{accountMenu}</div>}
          </HeaderMenu>
        </div>
      </nav>
    </header>
  );
}
