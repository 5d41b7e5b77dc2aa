import type { Metadata } from "next";
import { GlossaryIndex } from "@/components/glossary/glossary-index";
import { listGlossaryEntries } from "@/lib/glossary/queries";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Glossary",
  description: "Short definitions, for newcomers, of the terms the open problems in mechanistic interpretability use.",
  path: "/glossary",
});

export default async function GlossaryPage() {
  const entries = await listGlossaryEntries();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Glossary</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          {entries.length} terms that the problems use, each explained in a few sentences for someone new to mechanistic
          interpretability. Each page links to a public explainer where there is a good one, and lists the problems that use the
          term.
        </p>
      </header>
      <GlossaryIndex entries={entries} />
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Definitions are written by this site&rsquo;s maintainers. To correct or improve one, open a pull request that edits its
        file in <code>content/glossary/</code>.
      </p>
    </div>
  );
}
