import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { engineOf } from "@/lib/database-client";
import { db } from "@/lib/db";
import { mailSettings } from "@/lib/mail/config";
import { PASSWORD_RESET_VALID_SECONDS, queuePasswordResetMail, queueVerificationMail } from "./mail";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { appBaseUrl } from "@/lib/mail/config";
import { consumeAttempts } from "@/lib/rate-limit/attempts";
import { accountAttemptKeys, retryMessage } from "@/lib/rate-limit/rules";
import { displayNameSchema } from "./display-name";
import { newAccountSchema } from "./schemas";
import { readAuthSecret } from "./secret";

/**
 * Better Auth's endpoints we do not use. /api/auth/* is public whether or not our pages call it,
 * so each one left on would be a way around our own rules (update-user skipped the name rules).
 * This only closes the HTTP routes: our server actions still call e.g. auth.api.changePassword.
 */
const UNUSED_HTTP_PATHS = [
  "/update-user",
  "/change-email",
  "/change-password",
  "/delete-user",
  "/delete-user/callback",
  "/request-password-reset",
  "/reset-password",
  "/send-verification-email",
  "/verify-password",
  "/link-social",
  "/unlink-account",
  "/list-accounts",
  "/account-info",
  "/get-access-token",
  "/refresh-token",
  "/update-session",
  "/list-sessions",
  "/revoke-session",
  "/revoke-sessions",
  "/revoke-other-sessions",
];

/** The first message of a failed parse, with the field it is about. */
function badRequest(error: { issues: { path: PropertyKey[]; message: string }[] }): APIError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") ?? "";
  const fieldMessage = issue?.message ?? "invalid input";
  // message names the field for HTTP clients; field and fieldMessage let our forms show it at the field.
  return new APIError("BAD_REQUEST", { message: `${field ? `${field}: ` : ""}${fieldMessage}`, code: "INVALID_INPUT", field, fieldMessage });
}

/**
 * Runs before every sign-in and sign-up, over HTTP and through auth.api (our server actions) alike:
 * the same validation and the same per-account and per-address limits, counted in the database.
 */
const enforceAccountRules = createAuthMiddleware(async (context) => {
  if (context.path !== "/sign-in/email" && context.path !== "/sign-up/email") return;
  const body = (context.body ?? {}) as Record<string, unknown>;
  if (context.path === "/sign-up/email") {
    const parsed = newAccountSchema.safeParse(body);
    if (!parsed.success) throw badRequest(parsed.error);
  }
  const email = typeof body.email === "string" ? body.email : "";
  const address = context.headers?.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  const kind = context.path === "/sign-in/email" ? "sign-in" : "sign-up";
  const result = await consumeAttempts(db, accountAttemptKeys(kind, email, address));
  if (!result.ok) throw new APIError("TOO_MANY_REQUESTS", { message: retryMessage(result.retryAfterSeconds), code: "TOO_MANY_ATTEMPTS" });
});

/** The last line for every way a user row is written (sign-up, GitHub sign-in, update): a valid name and a short image URL. */
function checkUserRow(data: { name?: unknown; image?: unknown }) {
  if (data.name !== undefined) {
    const name = displayNameSchema.safeParse(data.name);
    if (!name.success) throw badRequest({ issues: name.error.issues.map((issue) => ({ ...issue, path: ["name"] })) });
  }
  if (typeof data.image === "string" && data.image.length > 2000) throw new APIError("BAD_REQUEST", { message: "image: at most 2000 characters" });
}

/**
 * With mail configured, password reset and address verification are on: our server actions
 * request them through auth.api, and the verification link goes to Better Auth's /verify-email.
 * Without mail that route stays closed, and nobody's address can become verified by accident.
 */
function mailOptions() {
  if (!mailSettings()) return { disabledPaths: [...UNUSED_HTTP_PATHS, "/verify-email"], emailAndPassword: {}, emailVerification: undefined };
  return {
    disabledPaths: UNUSED_HTTP_PATHS,
    emailAndPassword: {
      sendResetPassword: async ({ user, token }: { user: { id: string; email: string; name: string }; token: string }) => queuePasswordResetMail(user, token),
      resetPasswordTokenExpiresIn: PASSWORD_RESET_VALID_SECONDS,
      revokeSessionsOnPasswordReset: true,
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * 60 * 60,
      sendVerificationEmail: async ({ user, token }: { user: { id: string; email: string; name: string }; token: string }) => queueVerificationMail(user, token),
    },
  };
}

function createAuth() {
  const mail = mailOptions();
  const port = process.env.PORT ?? "3000";
  const baseURL = appBaseUrl();
  const github = githubSignInEnabled()
    ? { github: { clientId: process.env.GITHUB_CLIENT_ID!, clientSecret: process.env.GITHUB_CLIENT_SECRET! } }
    : {};
  return betterAuth({
    // The adapter's provider decides e.g. how it reads its own upserts' results: it must be the client's engine.
    database: prismaAdapter(db, { provider: engineOf(db) }),
    secret: readAuthSecret(),
    baseURL,
    trustedOrigins: [baseURL, `http://localhost:${port}`, `http://127.0.0.1:${port}`],
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, ...mail.emailAndPassword },
    emailVerification: mail.emailVerification,
    socialProviders: github,
    // The role is ours to grant (lib/auth/roles.ts); `input: false` keeps it out of sign-up and update-user bodies.
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "member", input: false } } },
    // Never attach a GitHub sign-in to an account whose email nobody verified: linking would mark the
    // squatter's password account verified, and ADMIN_EMAILS trusts verified emails.
    account: { accountLinking: { requireLocalEmailVerified: true } },
    disabledPaths: mail.disabledPaths,
    hooks: { before: enforceAccountRules },
    databaseHooks: {
      user: {
        create: { before: async (user) => checkUserRow(user) },
        update: { before: async (user) => checkUserRow(user) },
      },
    },
    // Better Auth's own per-address limit on every HTTP endpoint, in the database so it holds across
    // restarts and instances. The address comes from our server (lib/cli/serve.mts), never from the client.
    // Its default for sign-in and sign-up (3 per 10 s per address) would lock out a reading group
    // sharing one Wi-Fi; our hook above limits those per account and per address over 15 minutes.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/*": { window: 10, max: 20 }, "/sign-up/*": { window: 10, max: 20 } },
    },
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] } },
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

/**
 * A refusal from Better Auth (wrong password, taken email, our hooks' limits), recognised by its
 * shape: the build can hold two copies of Better Auth's APIError class, so `instanceof` fails
 * whenever the error comes from the other copy.
 */
export type AuthRefusal = { statusCode: number; message: string; body?: { code?: string; message?: string; field?: string; fieldMessage?: string } };

export function asAuthRefusal(error: unknown): AuthRefusal | null {
  if (typeof error !== "object" || error === null) return null;
  const candidate = error as Partial<AuthRefusal> & { name?: string };
  if (typeof candidate.statusCode !== "number" || candidate.statusCode < 400 || candidate.statusCode >= 500) return null;
  return candidate as AuthRefusal;
}
