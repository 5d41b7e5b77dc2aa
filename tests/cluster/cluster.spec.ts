import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "../e2e/people";
import { CLUSTER_TEST_DIR } from "../../playwright.cluster.config";

// Issue 13: two instances behind nginx on one PostgreSQL and one Redis (lib/cli/cluster.mts).
// The tests talk to an instance directly where it matters which one answers.
const proxy = `http://127.0.0.1:${Number(process.env.CLUSTER_TEST_PORT ?? 4010)}`;
const instanceA = `http://127.0.0.1:${Number(process.env.CLUSTER_TEST_PORT ?? 4010) + 1}`;
const instanceB = `http://127.0.0.1:${Number(process.env.CLUSTER_TEST_PORT ?? 4010) + 2}`;

async function problemJson(base: string, number: string) {
  const response = await fetch(`${base}/api/problems/${number}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { activeClaims: number; claims: { name?: string; owner?: { name: string } }[] };
}

async function catalogueEntry(base: string, number: string) {
  const body = (await (await fetch(`${base}/api/problems`)).json()) as { problems: { number: string; activeClaims: number }[] };
  return body.problems.find((problem) => problem.number === number)!;
}

/** Claims a problem on whichever server `page`'s URLs name; true when the app said it was saved. */
async function claim(page: Page, base: string, number: string): Promise<boolean> {
  try {
    await page.goto(`${base}/problems/${number}`);
    await page.getByLabel("Status").selectOption("working");
    await page.getByRole("button", { name: "Save as working on it" }).click();
    await expect(page.getByTestId("form-success")).toHaveText("Your claim is saved.", { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

test("a claim made through instance A shows on the next request to instance B: page, API and counts", async ({ browser }) => {
  const number = "1.2";
  const alice = newPerson("Alice");
  // B has the problem cached before the write (page, problem API and catalogue API).
  await fetch(`${instanceB}/problems/${number}`).then((response) => response.text());
  const before = await problemJson(instanceB, number);
  const countBefore = (await catalogueEntry(instanceB, number)).activeClaims;

  const page = await signUp(browser, alice, { baseURL: instanceA });
  expect(await claim(page, instanceA, number)).toBe(true);

  const after = await problemJson(instanceB, number);
  expect(after.activeClaims).toBe(before.activeClaims + 1);
  expect(JSON.stringify(after.claims)).toContain(alice.name);
  expect((await catalogueEntry(instanceB, number)).activeClaims).toBe(countBefore + 1);
  const pageOnB = await (await fetch(`${instanceB}/problems/${number}`)).text();
  expect(pageOnB).toContain(alice.name);
});

test("the sign-in limit per account holds across instances: attempts on A and B count together", async () => {
  // An address nobody signed up with: every attempt fails with 401 and counts against the account key.
  const bob = newPerson("Bob");
  const statuses: number[] = [];
  // SIGN_IN_ATTEMPTS_PER_ACCOUNT=4 for this server (playwright.cluster.config.ts), split over A and B.
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const base = attempt % 2 === 0 ? instanceA : instanceB;
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: bob.email, password: "not the password" }),
    });
    statuses.push(response.status);
  }
  expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
});

test("killing instance B mid-load loses no acknowledged write, and the proxy keeps answering", async ({ browser }) => {
  const carol = newPerson("Carol");
  const page = await signUp(browser, carol, { baseURL: proxy });
  const numbers = ["1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"];

  // Reads through the proxy, bounded in count (200) and time (the test's timeout).
  const statuses: number[] = [];
  const reads = (async () => {
    const paths = ["/", "/problems/1.1", "/api/problems"];
    for (let index = 0; index < 200; index += 1) {
      const response = await fetch(`${proxy}${paths[index % paths.length]}`, { signal: AbortSignal.timeout(15_000) });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  })();

  const acknowledged: string[] = [];
  for (const [index, number] of numbers.entries()) {
    if (index === 3) {
      const pid = Number(readFileSync(path.join(CLUSTER_TEST_DIR, "instance-b.pid"), "utf8"));
      process.kill(pid, "SIGKILL");
    }
    if (await claim(page, proxy, number)) acknowledged.push(number);
  }
  await reads;

  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  expect(statuses).toHaveLength(200);
  // Writes after the kill still succeed through A; every acknowledged one is there.
  expect(acknowledged.length).toBeGreaterThanOrEqual(numbers.length - 1);
  for (const number of acknowledged) expect(JSON.stringify((await problemJson(proxy, number)).claims)).toContain(carol.name);
  await expect(fetch(`${instanceB}/api/health`)).rejects.toThrow();
});
