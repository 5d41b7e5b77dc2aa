/**
 * `npm run bench:ingest`: times ingest of synthetic content (334, 3,000 and 10,000 problem files
 * over the real 9 categories, bodies copied from content/) into a fresh database, re-ingest of
 * unchanged content and re-ingest with one file changed, with each run's peak memory measured in
 * its own child process. Prints medians over the runs (and the fresh ingest's CPU time) and the
 * highest peak.
 *   --quick     334 files, one run (a CI smoke test that takes seconds)
 *   --runs N    runs per size (default 3)
 *   --sizes a,b file counts (default 334,3000,10000)
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeSyntheticContent } from "./synthetic-content";

const { values: options } = parseArgs({
  options: { quick: { type: "boolean", default: false }, runs: { type: "string" }, sizes: { type: "string" } },
});
const sizes = options.quick ? [334] : (options.sizes ?? "334,3000,10000").split(",").map(Number);
const runs = options.quick ? 1 : Number(options.runs ?? 3);
const caseScript = path.join(import.meta.dirname, "ingest-case.mts");

type CaseResult = { files: number; fresh: number; freshCpu: number; unchanged: number; oneChanged: number; peakRssMb: number };

function runCase(contentDir: string): CaseResult {
  // A child per run: maxRSS is a per-process high-water mark, so runs must not share a process.
  const output = execFileSync(process.execPath, ["--import", "tsx", caseScript, contentDir], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(output.trim().split("\n").at(-1)!) as CaseResult;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: string[][] = [];
for (const size of sizes) {
  const contentDir = writeSyntheticContent(size, path.join(process.cwd(), "content"));
  try {
    const results = Array.from({ length: runs }, () => runCase(contentDir));
    const ms = (pick: (result: CaseResult) => number) => median(results.map(pick)).toFixed(0);
    const peak = Math.max(...results.map((r) => r.peakRssMb)).toFixed(0);
    rows.push([String(size), ms((r) => r.fresh), ms((r) => r.freshCpu), ms((r) => r.unchanged), ms((r) => r.oneChanged), peak]);
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
}

// CPU time (all threads) says more than wall time when other work shares the machine.
const header = ["files", "fresh ms", "fresh CPU ms", "unchanged ms", "one changed ms", "peak RSS MB"];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padStart(widths[column]!)).join(" | ")} |`;
// Other work on the machine inflates wall-clock times; say how busy it was.
const load = os.loadavg().map((value) => value.toFixed(1)).join(" ");
console.log(`ingest benchmark: ${runs} run(s) per size, median ms, highest peak RSS; ${os.availableParallelism()} cores, load average ${load}`);
console.log([line(header), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...rows.map(line)].join("\n"));
