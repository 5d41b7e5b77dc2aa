import type { Metadata } from "next";
import { ProblemArticle, PublicCommunity } from "@/components/problem/problem-article";
import { problemFromParams } from "@/lib/problems/cached";
import { describeHtml, pageMetadata } from "@/lib/site/metadata";

type Params = Promise<{ number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const problem = await problemFromParams(params);
  return pageMetadata({
    title: `All claims on ${problem.number} ${problem.title}`,
    description: describeHtml(problem.bodyHtml),
    path: `/problems/${problem.number}/claims`,
    feed: `/problems/${problem.number}/feed.xml`,
    image: { path: `/problems/${problem.number}/image.png`, alt: `${problem.number} ${problem.title}` },
  });
}

export function generateStaticParams() {
  return [{ number: "1.1" }];
}

/** A problem page with every claim, for problems with more than the page shows. */
export default async function AllClaimsPage({ params }: { params: Params }) {
  const problem = await problemFromParams(params);
  return <ProblemArticle number={problem.number} community={<PublicCommunity number={problem.number} showAll />} />;
}
