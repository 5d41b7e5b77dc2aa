import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site/metadata";

/** /robots.txt: everything public may be crawled; personal pages and the auth endpoints are not for robots. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/me", "/admin", "/api/auth"] },
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  };
}
