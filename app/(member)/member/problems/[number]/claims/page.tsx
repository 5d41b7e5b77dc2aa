import { PersonalCommunity, ProblemArticle } from "@/components/problem/problem-article";
import { problemFromParams } from "@/lib/problems/cached";

export { generateMetadata, generateStaticParams } from "@/app/(public)/problems/[number]/claims/page";

/** The signed-in twin of app/(public)/problems/[number]/claims/page.tsx. */
export default async function PersonalAllClaimsPage({ params }: { params: Promise<{ number: string }> }) {
  const problem = await problemFromParams(params);
  return <ProblemArticle number={problem.number} community={<PersonalCommunity number={problem.number} showAll />} />;
}
