import { gzipSync } from "node:zlib";

/**
 * The JavaScript a current browser downloads for a page: every <script src> on it, gzipped, summed.
 * `noModule` scripts (Next's polyfills for browsers without ES modules) are left out: a browser
 * that runs modules never downloads them.
 */
export async function clientJavaScriptBytes(pageUrl: string, headers: Record<string, string> = {}): Promise<{ files: number; gzipBytes: number }> {
  const html = await (await fetch(pageUrl, { headers })).text();
  const tags = [...html.matchAll(/<script[^>]+>/g)].map((match) => match[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => tag.match(/src="([^"]+)"/)?.[1] ?? []))];
  let gzipBytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, pageUrl))).arrayBuffer());
    gzipBytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { files: sources.length, gzipBytes };
}
