import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { readAuthSecret } from "./secret";

function createAuth() {
  const port = process.env.PORT ?? "3000";
  const baseURL = process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`;
  const github = githubSignInEnabled()
    ? { github: { clientId: process.env.GITHUB_CLIENT_ID!, clientSecret: process.env.GITHUB_CLIENT_SECRET! } }
    : {};
  return betterAuth({
    database: prismaAdapter(db, { provider: "sqlite" }),
    secret: readAuthSecret(),
    baseURL,
    trustedOrigins: [baseURL, `http://localhost:${port}`, `http://127.0.0.1:${port}`],
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128 },
    socialProviders: github,
    // The role is ours to grant (lib/auth/roles.ts); `input: false` keeps it out of sign-up and update-user bodies.
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "member", input: false } } },
    // Over HTTP, sign-in and sign-up are limited per IP; server actions are limited in lib/auth/rate-limit.ts.
    rateLimit: { enabled: true, window: 60, max: 100, customRules: { "/sign-in/email": { window: 10, max: 3 }, "/sign-up/email": { window: 10, max: 3 } } },
    telemetry: { enabled: false },
    plugins: [nextCookies()], // must stay last
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { auth?: Auth };

/** The Better Auth instance, created on first use so that `next build` needs no secret. */
export function getAuth(): Auth {
  return (globalForAuth.auth ??= createAuth());
}

/** True when GitHub sign-in is configured. */
export function githubSignInEnabled(): boolean {
  return Boolean(process.env.GITHUB_CLIENT_ID && process.env.GITHUB_CLIENT_SECRET);
}
