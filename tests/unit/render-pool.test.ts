import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";
import { startRenderPool } from "@/lib/content/render-pool";

describe("startRenderPool", () => {
  it("renders on worker threads exactly as this thread does, in order", async () => {
    const bodies = Array.from({ length: 25 }, (_, index) => `Body **${index}** with [a link](https://example.org/${index}) and <script>x</script>`);
    const pool = startRenderPool(2);
    try {
      expect(await pool.render(bodies)).toEqual(bodies.map(renderMarkdown));
      expect(await pool.render([])).toEqual([]);
    } finally {
      await pool.close();
    }
  });
});
