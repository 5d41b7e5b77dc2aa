import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DifficultyMeaningsStyle } from "@/components/difficulty-badge";
import { CATALOGUE_DESCRIPTION, SITE_NAME, siteUrl } from "@/lib/site/metadata";
import "./globals.css";

export const metadata: Metadata = {
  // Relative canonical, Open Graph and image URLs resolve against the site's public URL.
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: "%s · Open Problems in MI" },
  description: CATALOGUE_DESCRIPTION,
  openGraph: { siteName: SITE_NAME, type: "website" },
  twitter: { card: "summary" },
};

/**
 * The document around every page. The header lives one level down: app/(public) pages are served
 * to signed-out visitors as cached static HTML, app/(member) pages render the signed-in header per
 * request (proxy.ts picks one by the session cookie).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <DifficultyMeaningsStyle />
      </head>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-blue-700 focus:px-3 focus:py-2 focus:text-white"
        >
          Skip to content
        </a>
        {children}
        <footer className="mx-auto max-w-6xl px-4 py-8 text-xs text-zinc-500 dark:text-zinc-400">
          Problems from the sequence &ldquo;200 Concrete Open Problems in Mechanistic Interpretability&rdquo;, described in
          our own words; each problem links to its original post. The data is open: see the{" "}
          <a className="underline" href="/api">
            API
          </a>
          .
        </footer>
      </body>
    </html>
  );
}
