import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

// Issue 12: the catalogue's Download link exports what the current filter shows.
test("the Download link on a filtered catalogue returns the filtered CSV", async ({ page }) => {
  await page.goto("/?category=circuits-in-the-wild");
  // Filter further through the page (client-side), so the link must follow the filter's state.
  await page.getByRole("checkbox", { name: /^C · / }).check();
  await expect(page).toHaveURL(/\?category=circuits-in-the-wild&difficulty=C$/);
  const shown = await page.locator("li.problem-row").filter({ visible: true }).evaluateAll((rows) => rows.map((row) => row.getAttribute("data-number")));

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).filter({ visible: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^open-problems-\d{4}-\d\d-\d\d\.csv$/);
  const rows = parse(await readFile(await download.path()), { bom: true, columns: true }) as { number: string; category: string; difficulty: string }[];

  expect(rows.map((row) => row.number)).toEqual(shown);
  expect(rows.map((row) => row.number)).toContain("2.8");
  expect(rows.map((row) => row.number)).not.toContain("1.1");
  for (const row of rows) {
    expect(row.category).toBe("circuits-in-the-wild");
    expect(row.difficulty).toMatch(/C/);
  }
});
