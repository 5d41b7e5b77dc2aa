import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LinkedText } from "@/components/linked-text";

const render = (text: string) => renderToStaticMarkup(createElement(LinkedText, { text }));

describe("LinkedText", () => {
  it("turns http and https URLs into user-content links and keeps the text around them", () => {
    expect(render("Code at https://github.com/example/trigrams, notes at http://example.org/n.")).toBe(
      'Code at <a href="https://github.com/example/trigrams" rel="nofollow ugc noopener noreferrer" class="underline">https://github.com/example/trigrams</a>, ' +
        'notes at <a href="http://example.org/n" rel="nofollow ugc noopener noreferrer" class="underline">http://example.org/n</a>.',
    );
  });

  it("links nothing that is not written out as http(s): file names, emails, other schemes", () => {
    const text = "See train.py and model.ai, mail ada@example.org, mailto:ada@example.org, ftp://example.org/x, //example.org/y, javascript:alert(1)";
    expect(render(text)).not.toContain("<a");
  });

  it("escapes markup in user text instead of rendering it", () => {
    expect(render('<img src=x onerror="alert(1)"> https://example.org/?q=<b>')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <a href="https://example.org/?q=" rel="nofollow ugc noopener noreferrer" class="underline">https://example.org/?q=</a>&lt;b&gt;',
    );
  });
});
