import os from "node:os";
import { Worker } from "node:worker_threads";
import type { RenderMarkdown } from "./markdown";

/** Worker threads that render Markdown; close() ends them. */
export type RenderPool = { render: RenderMarkdown; close: () => Promise<void> };

type Pending = { worker: Worker; resolve: (html: string[]) => void; reject: (error: Error) => void };
type Reply = { id: number; html: string[] } | { id: number; error: string };

/**
 * Starts `size` worker threads; a batch is split evenly across them. The default leaves one core
 * to the main thread, which validates and writes to the database while the workers render.
 */
export function startRenderPool(size = os.availableParallelism() - 1): RenderPool {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  // A worker with work pending keeps the process alive (a pending promise alone does not);
  // an idle one must not, so that a pool someone forgot to close cannot hang the process.
  const settle = (id: number) => {
    const request = pending.get(id);
    pending.delete(id);
    if (request && ![...pending.values()].some((other) => other.worker === request.worker)) request.worker.unref();
    return request;
  };
  const failAll = (error: Error) => {
    for (const id of [...pending.keys()]) settle(id)?.reject(error);
  };
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    // The worker is plain JavaScript: no TypeScript loader (tsx's execArgv) needed or inherited.
    const worker = new Worker(new URL("./render-worker.mjs", import.meta.url), { execArgv: [] });
    worker.on("message", (reply: Reply) => {
      const request = settle(reply.id);
      if (!request) return;
      if ("error" in reply) request.reject(new Error(`rendering Markdown failed in a worker: ${reply.error}`));
      else request.resolve(reply.html);
    });
    worker.on("error", failAll);
    worker.on("exit", (code) => {
      if (pending.size > 0) failAll(new Error(`a Markdown render worker exited (code ${code}) with work pending`));
    });
    worker.unref();
    return worker;
  });

  const send = (worker: Worker, bodies: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { worker, resolve, reject });
      worker.ref();
      worker.postMessage({ id, bodies });
    });

  return {
    async render(bodies) {
      const share = Math.ceil(bodies.length / workers.length);
      const parts = workers.map((worker, index) => ({ worker, bodies: bodies.slice(index * share, (index + 1) * share) }));
      const html = await Promise.all(parts.filter((part) => part.bodies.length > 0).map((part) => send(part.worker, part.bodies)));
      return html.flat();
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
