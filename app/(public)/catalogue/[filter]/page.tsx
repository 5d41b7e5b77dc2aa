import type { Metadata } from "next";
import { CatalogueView } from "@/components/catalogue/catalogue-view";
import { catalogueMetadata } from "@/lib/site/metadata";

type Params = Promise<{ filter: string }>;

// Any filter renders on its first request and is cached from then on; one is prerendered because
// Cache Components needs a sample to validate the route at build time.
export function generateStaticParams() {
  return [{ filter: "all" }];
}

async function filterKey(params: Params): Promise<string> {
  const key = decodeURIComponent((await params).filter);
  return key === "all" ? "" : key;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return catalogueMetadata(await filterKey(params));
}

/** The catalogue for /?<filter>: proxy.ts rewrites it here with the canonical query as the key. */
export default async function FilteredCataloguePage({ params }: { params: Params }) {
  return <CatalogueView filterKey={await filterKey(params)} />;
}
