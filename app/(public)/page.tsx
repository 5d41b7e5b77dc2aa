import { CatalogueView } from "@/components/catalogue/catalogue-view";
import { catalogueMetadata } from "@/lib/site/metadata";

export const metadata = catalogueMetadata("");

/** The unfiltered catalogue; filtered views are /catalogue/[filter] (proxy.ts maps /?… there). */
export default function CataloguePage() {
  return <CatalogueView filterKey="" />;
}
