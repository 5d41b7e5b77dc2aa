import { CatalogueView } from "@/components/catalogue/catalogue-view";

type Params = Promise<{ filter: string }>;

// Any filter renders on its first request and is cached from then on; one is prerendered because
// Cache Components needs a sample to validate the route at build time.
export function generateStaticParams() {
  return [{ filter: "all" }];
}

/** The catalogue for /?<filter>: proxy.ts rewrites it here with the canonical query as the key. */
export default async function FilteredCataloguePage({ params }: { params: Params }) {
  const { filter } = await params;
  const key = decodeURIComponent(filter);
  return <CatalogueView filterKey={key === "all" ? "" : key} />;
}
