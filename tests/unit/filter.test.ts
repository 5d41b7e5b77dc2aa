import { describe, expect, it } from "vitest";
import { catalogueKey, EMPTY_FILTER, filterToSearchParams, parseProblemFilter } from "@/lib/problems/filter";

const known = ["toy-language-models", "circuits-in-the-wild"];

describe("parseProblemFilter", () => {
  it("reads repeated parameters from a query string", () => {
    const result = parseProblemFilter(
      new URLSearchParams("category=toy-language-models&category=circuits-in-the-wild&difficulty=B&difficulty=unrated&exciting=1&q=%20induction%20%20heads%20"),
      known,
    );
    expect(result).toEqual({
      ok: true,
      filter: { ...EMPTY_FILTER, category: ["toy-language-models", "circuits-in-the-wild"], difficulty: ["B", "unrated"], exciting: true, q: "induction heads" },
    });
  });

  it("reads Next.js searchParams objects, where a single value is a string", () => {
    expect(parseProblemFilter({ difficulty: "A", category: ["toy-language-models"] }, known)).toEqual({
      ok: true,
      filter: { ...EMPTY_FILTER, difficulty: ["A"], category: ["toy-language-models"] },
    });
  });

  it("ignores the empty values a plain GET form sends", () => {
    expect(parseProblemFilter(new URLSearchParams("q=&category=&difficulty="), known)).toEqual({ ok: true, filter: EMPTY_FILTER });
  });

  it("orders difficulties canonically and drops duplicates", () => {
    const result = parseProblemFilter(new URLSearchParams("difficulty=unrated&difficulty=C&difficulty=a&difficulty=C"));
    expect(result.ok && result.filter.difficulty).toEqual(["A", "C", "unrated"]);
  });

  it.each([
    ["difficulty=E", "difficulty"],
    ["difficulty=B-C", "difficulty"],
    ["category=Not%20A%20Slug", "category"],
    ["category=no-such-category", "category"],
    ["exciting=maybe", "exciting"],
    ["unclaimed=yes-please", "unclaimed"],
    ["collaborators=2", "collaborators"],
    ["rating=crowd", "rating"],
    ["rating=authors", "rating"],
    [`q=${"x".repeat(201)}`, "q"],
  ])("refuses %s naming the parameter %s", (query, parameter) => {
    const result = parseProblemFilter(new URLSearchParams(query), known);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.parameter).toBe(parameter);
  });

  it("accepts the usual spellings of the exciting flag", () => {
    for (const [value, expected] of [["1", true], ["true", true], ["on", true], ["0", false], ["false", false], ["", false]] as const) {
      const result = parseProblemFilter(new URLSearchParams({ exciting: value }));
      expect(result.ok && result.filter.exciting).toBe(expected);
    }
  });
});

describe("the rating parameter", () => {
  it.each([
    ["", "author"],
    ["rating=", "author"],
    ["rating=author", "author"],
    ["rating=community", "community"],
    ["rating=Community", "community"],
    ["rating=%20either%20", "either"],
    ["rating=community&rating=either", "either"],
  ])("reads %j as %s", (query, rating) => {
    const result = parseProblemFilter(new URLSearchParams(query));
    expect(result.ok && result.filter.rating).toBe(rating);
  });

  it("names what it expected and what it got", () => {
    expect(parseProblemFilter(new URLSearchParams("rating=crowd"))).toEqual({ ok: false, error: { parameter: "rating", message: 'expected author, community or either; got "crowd"' } });
  });

  it("leaves the default out of the canonical query, so older links keep their one cached page", () => {
    expect(filterToSearchParams({ ...EMPTY_FILTER, difficulty: ["B"], rating: "author" }).toString()).toBe("difficulty=B");
    expect(filterToSearchParams({ ...EMPTY_FILTER, difficulty: ["B"], rating: "community" }).toString()).toBe("difficulty=B&rating=community");
    expect(catalogueKey(new URLSearchParams("rating=author&difficulty=b"))).toBe("difficulty=B");
    expect(catalogueKey(new URLSearchParams("rating=COMMUNITY&difficulty=b"))).toBe("difficulty=B&rating=community");
    expect(catalogueKey(new URLSearchParams("rating=nobody"))).toBe("!rating");
  });
});

describe("filterToSearchParams", () => {
  it("round-trips through the parser", () => {
    const filter = { category: ["circuits-in-the-wild"], difficulty: ["B" as const, "unrated" as const], rating: "either" as const, exciting: true, unclaimed: true, collaborators: true, q: "ioi circuit" };
    const query = filterToSearchParams(filter).toString();
    expect(query).toBe("category=circuits-in-the-wild&difficulty=B&difficulty=unrated&rating=either&exciting=1&unclaimed=1&collaborators=1&q=ioi+circuit");
    expect(parseProblemFilter(new URLSearchParams(query), known)).toEqual({ ok: true, filter });
  });

  it("gives an empty query string for the empty filter", () => {
    expect(filterToSearchParams(EMPTY_FILTER).toString()).toBe("");
  });
});
