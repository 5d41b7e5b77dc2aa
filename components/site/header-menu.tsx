"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The header's menu on small screens: a <details>, so it opens without JavaScript. The header stays
 * mounted across client navigations, so the menu closes itself when the page changes.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <details ref={menu} className="header-menu relative sm:hidden">
      <summary className="cursor-pointer list-none rounded-md border border-zinc-300 px-2.5 py-1 text-sm dark:border-zinc-700">
        Menu
      </summary>
      <div className="absolute right-0 top-full z-30 mt-2 flex w-56 flex-col gap-1 rounded-lg border border-zinc-200 bg-white p-2 text-sm shadow-lg dark:border-zinc-800 dark:bg-zinc-950">
        {children}
      </div>
    </details>
  );
}
