// A worker thread of render-pool.ts: renders each batch of Markdown bodies it is sent, in order.
import { parentPort } from "node:worker_threads";
import { renderMarkdown } from "./markdown-pipeline.mjs";

parentPort?.on("message", (/** @type {{ id: number; bodies: string[] }} */ { id, bodies }) => {
  try {
    parentPort?.postMessage({ id, html: bodies.map(renderMarkdown) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
