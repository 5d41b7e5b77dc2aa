import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "./people";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function sharingTags(page: Page) {
  // Absent tags read as null, without waiting for them to appear.
  const attribute = (selector: string, name: string) => page.evaluate(([css, attr]) => document.querySelector(css!)?.getAttribute(attr!) ?? null, [selector, name]);
  return {
    canonical: await attribute('link[rel="canonical"]', "href"),
    description: await attribute('meta[name="description"]', "content"),
    ogTitle: await attribute('meta[property="og:title"]', "content"),
    ogImage: await attribute('meta[property="og:image"]', "content"),
    twitterCard: await attribute('meta[name="twitter:card"]', "content"),
    feed: await attribute('link[rel="alternate"][type="application/atom+xml"]', "href"),
  };
}

test("a problem's share image is a PNG made by the app", async ({ request }) => {
  const response = await request.get("/problems/1.1/image.png");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const body = await response.body();
  expect([...body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(body.readUInt32BE(16)).toBe(1200);
  expect(body.readUInt32BE(20)).toBe(630);
  expect((await request.get("/problems/99.1/image.png")).status()).toBe(404);
});

test("a problem page carries its canonical URL, description, Open Graph and Twitter tags and its feed", async ({ page, request, browser }) => {
  await page.goto("/problems/1.1");
  const tags = await sharingTags(page);
  expect(tags.canonical).toMatch(/^http:\/\/[^/]+\/problems\/1\.1$/);
  expect(tags.ogTitle).toMatch(/^1\.1 /);
  expect(tags.description!.length).toBeGreaterThan(20);
  expect(tags.ogImage).toMatch(/^http:\/\/[^/]+\/problems\/1\.1\/image\.png$/);
  expect(tags.twitterCard).toBe("summary_large_image");
  expect(tags.feed).toMatch(/\/problems\/1\.1\/feed\.xml$/);
  // This server has no CONTENT_REPO_URL, so there is nowhere to suggest an edit.
  await expect(page.getByRole("link", { name: "Suggest an edit" })).toHaveCount(0);
  // The image the tag names is served (by path: the tag's host is the configured site URL).
  expect((await request.get(new URL(tags.ogImage!).pathname)).headers()["content-type"]).toBe("image/png");

  // The signed-in twin of the page says the same.
  const member = await signUp(browser, newPerson("sharing"));
  await member.goto("/problems/1.1");
  expect(await sharingTags(member)).toEqual(tags);
  await member.context().close();
});

test("the catalogue and a category link their feeds and canonical URLs", async ({ page }) => {
  await page.goto("/");
  expect((await sharingTags(page)).feed).toMatch(/\/feed\.xml$/);
  await page.goto("/categories/toy-language-models");
  const category = await sharingTags(page);
  expect(category.canonical).toMatch(/\/categories\/toy-language-models$/);
  expect(category.feed).toMatch(/\/categories\/toy-language-models\/feed\.xml$/);
});

test("sitemap.xml lists the live pages and robots.txt points to it", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toMatch(/<loc>http:\/\/[^<]+\/problems\/1\.12<\/loc>/);
  expect(xml).toMatch(/<loc>[^<]+\/categories\/toy-language-models<\/loc>/);
  expect(xml).toMatch(/<loc>[^<]+\/glossary\/polysemanticity<\/loc>/);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: http:\/\/[^\s]+\/sitemap\.xml$/m);
  expect(robots).toContain("Disallow: /me");
  expect(robots).toContain("Disallow: /api/auth");
});

test("/api lists every endpoint with an example, and the OpenAPI document is served", async ({ page, request }) => {
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();
  for (const path of ["/api/problems", "/api/problems/{number}", "/api/export.json", "/api/export.csv", "/feed.xml", "/problems/{number}/feed.xml", "/categories/{slug}/feed.xml"]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^GET ${path.replace(/[.{}]/g, "\\$&")} `) })).toBeVisible();
  }
  await expect(page.locator("#api-problems pre").last()).toContainText('"total"');
  await expect(page.locator('main a[href="/api/openapi.json"]')).toBeVisible();

  const document = await request.get("/api/openapi.json");
  expect(document.headers()["access-control-allow-origin"]).toBe("*");
  expect((await document.json()).openapi).toBe("3.1.0");
  const again = await request.get("/api/openapi.json", { headers: { "if-none-match": document.headers()["etag"]! } });
  expect(again.status()).toBe(304);
});
