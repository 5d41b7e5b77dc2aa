import { gzipSync } from "node:zlib";

/** The JavaScript a browser downloads for a page: every <script src> on it, gzipped, summed. */
export async function clientJavaScriptBytes(pageUrl: string, headers: Record<string, string> = {}): Promise<{ files: number; gzipBytes: number }> {
  const html = await (await fetch(pageUrl, { headers })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!))];
  let gzipBytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, pageUrl))).arrayBuffer());
    gzipBytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { files: sources.length, gzipBytes };
}
