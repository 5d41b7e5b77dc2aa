import type { Metadata } from "next";
import { ProblemArticle, PublicCommunity } from "@/components/problem/problem-article";
import { problemFromParams } from "@/lib/problems/cached";
import { describeHtml, pageMetadata } from "@/lib/site/metadata";

type Params = Promise<{ number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const problem = await problemFromParams(params);
  const title = `${problem.number} ${problem.title}`;
  return pageMetadata({
    title,
    description: describeHtml(problem.bodyHtml),
    path: `/problems/${problem.number}`,
    feed: `/problems/${problem.number}/feed.xml`,
    // Rendered by ./image.png/route.tsx.
    image: { path: `/problems/${problem.number}/image.png`, alt: title },
    type: "article",
  });
}

// Any problem renders on its first request and is cached from then on (see the catalogue page).
export function generateStaticParams() {
  return [{ number: "1.1" }];
}

export default async function ProblemPage({ params }: { params: Params }) {
  const problem = await problemFromParams(params);
  return <ProblemArticle number={problem.number} community={<PublicCommunity number={problem.number} />} />;
}
