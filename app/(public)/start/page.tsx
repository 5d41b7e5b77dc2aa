import type { Metadata } from "next";
import Link from "next/link";
import { DIFFICULTY_LETTERS, DIFFICULTY_MEANINGS } from "@/lib/problems/difficulty";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Start here",
  description: "New to mechanistic interpretability? What this list is, how the A–D scale works, how to pick a first problem and how claims work.",
  path: "/start",
});

const section = "space-y-2";
const heading = "text-lg font-semibold";

/** For someone new to the field: what the list is and how to use the site. Static text, cached whole. */
export default function StartHerePage() {
  return (
    <article className="mx-auto max-w-3xl space-y-6 text-zinc-800 dark:text-zinc-200">
      <h1 className="text-2xl font-semibold tracking-tight">Start here</h1>

      <section className={section} aria-labelledby="what">
        <h2 id="what" className={heading}>What this list is</h2>
        <p>
          In late 2022 and early 2023 a sequence of nine posts appeared, “200 Concrete Open Problems in Mechanistic
          Interpretability”: research questions about how neural networks compute what they compute, sorted into areas such as toy
          language models, circuits in real models, algorithmic tasks and superposition. The posts number 334 problems in all. This site
          lists every one of them, described in our own words, with a link to the post it comes from.
        </p>
        <p>
          The field has moved since then. In 2024 the author added a note that the sequence is out of date: still useful as history, but
          no longer a reliable guide to what is worth working on (it predates sparse autoencoders, for example). Some problems have been
          solved or overtaken; the claims and the existing-work links on each problem are where people say so.
        </p>
      </section>

      <section className={section} aria-labelledby="ratings">
        <h2 id="ratings" className={heading}>How the A–D scale works</h2>
        <ul className="list-disc space-y-1 pl-5">
          {DIFFICULTY_LETTERS.map((letter) => (
            <li key={letter}>
              <strong>{letter}</strong>: {DIFFICULTY_MEANINGS[letter]}
            </li>
          ))}
        </ul>
        <p>
          A range such as B-C means the problem sits between the two. Ratings and the “exciting” star are the author’s, and we show one
          only where it has been checked against the original posts and their companion spreadsheet. A problem without a letter is{" "}
          <em>unrated</em>: not easy or hard, just not checked yet. A problem without a star may still have one in the original.
        </p>
        <p>
          Ratings live in each problem’s Markdown file under <code>content/problems/</code>. A maintainer who has checked a rating adds it
          to the file’s frontmatter (<code>difficulty: B</code>, <code>exciting: true</code>) in a pull request; the site picks it up when it
          ingests the content.
        </p>
      </section>

      <section className={section} aria-labelledby="first">
        <h2 id="first" className={heading}>How to pick a first problem</h2>
        <ol className="list-decimal space-y-1 pl-5">
          <li>
            Start with the <Link href="/?difficulty=A&unclaimed=1" className="underline">A problems nobody is working on</Link>, or with{" "}
            <Link href="/?difficulty=A" className="underline">all A problems</Link> if you would rather join someone.
          </li>
          <li>Read a few, pick one whose area interests you, and follow its link to the original post for the context.</li>
          <li>
            Look up unfamiliar words in the <Link href="/glossary" className="underline">glossary</Link>; each problem page links its terms.
          </li>
          <li>
            If someone is already on it, that is not a reason to skip it: see whether their claim is{" "}
            <Link href="/?collaborators=1" className="underline">looking for collaborators</Link>, and ask.
          </li>
        </ol>
      </section>

      <section className={section} aria-labelledby="claims">
        <h2 id="claims" className={heading}>Claims, collaboration and why dates matter</h2>
        <p>
          With an account you can record that you are interested in or working on a problem, say whether you want collaborators, post
          progress notes, and mark it done with a link to what came of it. You can also watch a problem to hear when someone claims it or
          it frees up. Without an account you can read everything, and the <Link href="/api" className="underline">API</Link>, exports and
          feeds are open to all.
        </p>
        <p>
          Every claim shows its dates and runs until a date its owner sets (90 days unless they choose otherwise). A claim not renewed by
          then shows as lapsed and no longer counts, so interest from two years ago is never mistaken for work going on today.
        </p>
      </section>

      <section className={section} aria-labelledby="who">
        <h2 id="who" className={heading}>Who runs this site</h2>
        <p>
          It is an open-source project, maintained by volunteers and not affiliated with the author of the list. The problem descriptions,
          glossary and code are curated in public through pull requests; moderators can hide abusive claims, requests and links.
        </p>
      </section>
    </article>
  );
}
