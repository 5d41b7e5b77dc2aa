import { describe, expect, it } from "vitest";
import { firstSentence, renderMarkdown, searchableText } from "@/lib/content/markdown";

describe("renderMarkdown", () => {
  it("renders Markdown with GitHub extensions", () => {
    expect(renderMarkdown("Some **bold** text\n\n- one\n- two")).toBe("<p>Some <strong>bold</strong> text</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
  });

  it("drops raw HTML and script", () => {
    const html = renderMarkdown('Before\n\n<script>alert("x")</script>\n\n<img src=x onerror="alert(1)">\n\nAfter');
    expect(html).not.toMatch(/<script|onerror|<img/i);
    expect(html).toContain("Before");
    expect(html).toContain("After");
  });

  it("removes javascript: link targets but keeps the text", () => {
    const html = renderMarkdown("[click](javascript:alert(1)) and [safe](https://example.org)");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('<a href="https://example.org">safe</a>');
    expect(html).toContain("click");
  });
});

describe("searchableText", () => {
  it("drops link targets and Markdown punctuation, and keeps case and words with hyphens", () => {
    expect(searchableText("See [the *post*](https://x.org/y) about `ice cream` - a two-layer model")).toBe(
      "See the post about ice cream a two-layer model",
    );
    expect(searchableText("Find them.\n\n## How one might start\n\nWrite it down.")).toBe("Find them. How one might start: Write it down.");
  });
});

describe("firstSentence", () => {
  it("keeps the first sentence as plain text, without Markdown punctuation or link targets", () => {
    expect(firstSentence("A **head** that reads [earlier tokens](https://x.org/y). It then copies them.")).toBe("A head that reads earlier tokens.");
  });

  it("does not end a sentence inside a number, and keeps a text with no full stop whole", () => {
    expect(firstSentence("Drawn from [0.5, 1] each time. More.")).toBe("Drawn from 0.5, 1 each time.");
    expect(firstSentence("no full stop here")).toBe("no full stop here");
  });

  it("shortens an over-long sentence with an ellipsis", () => {
    expect(firstSentence(`${"word ".repeat(100)}.`, 20)).toBe("word word word word…");
  });
});
