import { CatalogueView } from "@/components/catalogue/catalogue-view";

/** The unfiltered catalogue; filtered views are /catalogue/[filter] (proxy.ts maps /?… there). */
export default function CataloguePage() {
  return <CatalogueView filterKey="" />;
}
