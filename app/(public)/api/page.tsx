import type { Metadata } from "next";
import { ApiReference } from "@/components/api/api-reference";
import { pageMetadata } from "@/lib/site/metadata";

// A page beside the route handlers of app/api: the route group keeps it in the public layout, and
// /api itself has no route handler, so the two do not collide.
export const metadata: Metadata = pageMetadata({
  title: "API",
  description: "The public, read-only API: problems and their claims as JSON, exports, Atom feeds and the OpenAPI 3.1 document.",
  path: "/api",
});

export default function ApiPage() {
  return <ApiReference />;
}
