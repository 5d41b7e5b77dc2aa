import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { problemContentPath, problemEditUrl } from "@/lib/content/repository";
import { catalogueMetadata, describeHtml, pageMetadata } from "@/lib/site/metadata";

describe("describeHtml", () => {
  it("takes the first sentence of the first paragraph, without tags or entities", () => {
    expect(describeHtml("<p>Find <em>induction</em> heads &amp; study them. Then more.</p><p>Second.</p>")).toBe("Find induction heads & study them.");
  });

  it("cuts a long sentence at a word and marks the cut", () => {
    const description = describeHtml(`<p>${"word ".repeat(100)}end.</p>`, 60);
    expect(description.length).toBeLessThanOrEqual(60);
    expect(description).toMatch(/word…$/);
  });

  it("does not end a sentence at a decimal number", () => {
    expect(describeHtml("<p>Extend problem 1.12 to larger models. More.</p>")).toBe("Extend problem 1.12 to larger models.");
  });
});

describe("pageMetadata", () => {
  it("names the canonical path, the feed, and a large card only when there is an image", () => {
    const withImage = pageMetadata({ title: "T", description: "D", path: "/problems/1.1", feed: "/problems/1.1/feed.xml", image: { path: "/problems/1.1/image.png", alt: "T" } });
    expect(withImage.alternates).toEqual({ canonical: "/problems/1.1", types: { "application/atom+xml": [{ url: "/problems/1.1/feed.xml", title: "T: recent activity" }] } });
    expect(withImage.twitter).toMatchObject({ card: "summary_large_image" });
    expect(pageMetadata({ title: "T", description: "D", path: "/glossary" }).twitter).toMatchObject({ card: "summary" });
  });

  it("gives each valid catalogue filter its own canonical URL and invalid ones the catalogue's", () => {
    expect(catalogueMetadata("difficulty=A").alternates?.canonical).toBe("/?difficulty=A");
    expect(catalogueMetadata("").alternates?.canonical).toBe("/");
    expect(catalogueMetadata("!difficulty").alternates?.canonical).toBe("/");
  });
});

describe("Suggest an edit", () => {
  it("links to the problem's file on the main branch when CONTENT_REPO_URL is set, and nowhere otherwise", () => {
    expect(problemEditUrl("1.12", { CONTENT_REPO_URL: "https://github.com/org/open-problems/" })).toBe("https://github.com/org/open-problems/blob/main/content/problems/1.12.md");
    expect(problemEditUrl("1.12", {})).toBeNull();
    expect(problemEditUrl("1.12", { CONTENT_REPO_URL: " " })).toBeNull();
  });

  it("names a file that exists: every problem file is named after its number", () => {
    const dir = path.join(process.cwd(), "content", "problems");
    for (const name of readdirSync(dir).filter((file) => file.endsWith(".md"))) {
      const number = String(matter(readFileSync(path.join(dir, name), "utf8")).data.number);
      expect(problemContentPath(number)).toBe(`content/problems/${name}`);
    }
  });
});
