import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

// A crowded problem's page shows the first claims and links to all of them, so that it stays small.
// The claims are written straight into the e2e database, on a problem no other test opens, before
// its page is first rendered (and cached).
const number = "7.3";
const claimCount = 27;

test.beforeAll(() => {
  const seeded = spawnSync(path.join("node_modules", ".bin", "tsx"), ["tests/e2e/seed-crowd.mts", number, String(claimCount)], {
    env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" },
    encoding: "utf8",
  });
  expect(seeded.status, seeded.stderr).toBe(0);
});

test("a problem with many claims shows the first 12 and links to a page with all of them", async ({ page }) => {
  await page.goto(`/problems/${number}`);
  await expect(page.getByTestId("active-claims")).toContainText(`${claimCount} active claims`);
  await expect(page.getByTestId("claim")).toHaveCount(12);
  await page.getByRole("link", { name: `Show all ${claimCount} claims` }).click();
  await expect(page).toHaveURL(new RegExp(`/problems/${number.replace(".", "\\.")}/claims$`));
  await expect(page.getByTestId("claim").filter({ visible: true })).toHaveCount(claimCount);
  // Next keeps the page navigated away from in the document, hidden (React Activity): count what shows.
  await expect(page.getByTestId("all-claims-link").filter({ visible: true })).toHaveCount(0);
});
