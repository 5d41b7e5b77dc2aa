import Link from "next/link";
import { describeCommunityDifficulty, MIN_DAYS_WORKED, type CommunityDifficulty } from "@/lib/community-difficulty/vocabulary";
import { DIFFICULTY_MEANINGS, ratingLetters } from "@/lib/problems/difficulty";
import { DifficultyBadge } from "./difficulty-badge";
import { ExcitingStar } from "./exciting-star";

type ProblemHeaderProps = {
  number: string;
  title: string;
  category: { slug: string; title: string };
  subcategory: string | null;
  difficulty: string | null;
  exciting: boolean | null;
  sourceUrl: string;
  /** What people who worked on it report; null when nobody has. */
  communityDifficulty: CommunityDifficulty | null;
};

function difficultyText(difficulty: string | null): string {
  if (!difficulty) return "Unrated: no difficulty has been verified for this problem yet.";
  return ratingLetters(difficulty).map((letter) => `${letter}: ${DIFFICULTY_MEANINGS[letter]}`).join(" ");
}

/** Title block and metadata of a problem page. */
export function ProblemHeader(props: ProblemHeaderProps) {
  return (
    <header className="space-y-3">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href={`/categories/${props.category.slug}`} className="underline">
          {props.category.title}
        </Link>
        {props.subcategory && <> · {props.subcategory}</>}
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">
        <span className="mr-2 font-mono text-zinc-500 dark:text-zinc-400">{props.number}</span>
        {props.title}
        {props.exciting && <> <ExcitingStar /></>}
      </h1>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Difficulty</dt>
        <dd className="flex items-start gap-2">
          <DifficultyBadge difficulty={props.difficulty} />
          <span className="text-zinc-700 dark:text-zinc-300">{difficultyText(props.difficulty)}</span>
        </dd>
        {/* Its own row, never merged into the author's rating above. */}
        {props.communityDifficulty && (
          <>
            <dt className="font-medium">Community</dt>
            <dd data-testid="community-difficulty" title={`Reported by people whose claim on this problem is done or ran for at least ${MIN_DAYS_WORKED} days`}>
              {describeCommunityDifficulty(props.communityDifficulty)}
            </dd>
          </>
        )}
        {props.exciting && (
          <>
            <dt className="font-medium">Exciting</dt>
            <dd>Starred by the author as one of the most exciting problems.</dd>
          </>
        )}
        <dt className="font-medium">Source</dt>
        <dd>
          <a href={props.sourceUrl} className="break-all underline" rel="noopener noreferrer">
            Original post
          </a>
        </dd>
      </dl>
    </header>
  );
}
