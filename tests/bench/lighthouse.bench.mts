/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, its default) on the catalogue and a problem page,
 * in Debian's Chromium, against the app started as `npm start` starts it on its own database.
 * Prints performance and accessibility scores with the metrics behind them. Needs no network.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startApp, stopApp } from "./app-server";

const port = 3501;
const base = `http://127.0.0.1:${port}`;
const root = process.cwd();
const databaseFile = path.join(root, "data", "lighthouse.db");
const PAGES = ["/", "/problems/1.1"];

rmSync(databaseFile, { force: true });
rmSync(`${databaseFile}.created`, { force: true });
const server = await startApp({ ...process.env, DATABASE_URL: `file:${databaseFile}`, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" }, "lighthouse");
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  const rows = [];
  for (const pagePath of PAGES) {
    // Once to fill the caches a first visitor would find filled, then the measured run.
    await fetch(`${base}${pagePath}`).then((response) => response.arrayBuffer());
    const result = await lighthouse(`${base}${pagePath}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
    if (!result) throw new Error(`lighthouse: no result for ${pagePath}`);
    const { categories, audits } = result.lhr;
    rows.push({
      page: pagePath,
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      "FCP ms": Math.round(audits["first-contentful-paint"]?.numericValue ?? 0),
      "LCP ms": Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
      "TBT ms": Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
      CLS: Number((audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
    });
    const failing = Object.values(audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary");
    for (const audit of failing) console.log(`  ${pagePath}: ${audit.id}: ${audit.title}`);
  }
  console.log("\nLighthouse (mobile emulation, simulated throttling)");
  console.table(rows);
} finally {
  await chrome.kill();
  await stopApp(server);
}
