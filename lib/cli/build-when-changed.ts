import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { appBaseUrl } from "@/lib/mail/config";

// Everything that changes the built app; a change here means the next start rebuilds.
const BUILD_INPUTS = ["app", "components", "lib", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

function sourceFingerprint(root: string, environment: NodeJS.ProcessEnv): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    const full = path.join(root, entry);
    if (!existsSync(full)) return;
    const stats = statSync(full);
    if (stats.isDirectory()) {
      for (const child of readdirSync(full).sort()) visit(path.join(entry, child));
    } else {
      hash.update(entry).update(readFileSync(full));
    }
  };
  BUILD_INPUTS.forEach(visit);
  // Cached pages are rendered with the site's URL (canonical links, share images, sitemap) and the
  // content repository ("Suggest an edit"): a change of either must rebuild them.
  hash.update(JSON.stringify({ siteUrl: appBaseUrl(environment), contentRepository: environment.CONTENT_REPO_URL ?? "" }));
  return hash.digest("hex");
}

/**
 * Runs `next build` when the sources (or the site URL) changed since the last build in .next, so
 * that `npm start` and `npm run start:cluster` skip a minute-long build when nothing changed.
 */
export function buildWhenChanged(root: string, environment: NodeJS.ProcessEnv, label: string): void {
  const fingerprintFile = path.join(root, ".next", "source-fingerprint");
  const fingerprint = sourceFingerprint(root, environment);
  const builtFrom = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, "utf8") : "";
  if (builtFrom === fingerprint && existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log(`${label}: sources unchanged since the last build; skipping next build`);
    return;
  }
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: environment });
  // Thrown, not exited: the caller may have servers of its own to stop first.
  if (result.status !== 0) throw new Error(`${label}: next build failed`);
  writeFileSync(fingerprintFile, fingerprint);
}
