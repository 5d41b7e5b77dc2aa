import "server-only";
import { asAuthRefusal, getAuth } from "@/lib/auth/server";
import type { Actor } from "@/lib/claims/service";
import { recomputeCommunityDifficulty } from "@/lib/community-difficulty/service";
import { db } from "@/lib/db";
import { invalid, refused, succeeded, type MutationResult } from "@/lib/mutation-result";
import { consumeAttempt } from "@/lib/rate-limit/attempts";
import { attemptRules, retryMessage } from "@/lib/rate-limit/rules";
import { changePasswordSchema, deleteAccountSchema } from "./schemas";

/**
 * Account basics: change password and delete the account. Each takes the acting user from the
 * session and untrusted input, validates it, and checks the password before anything changes.
 */

type FieldRefusal = { ok: false; error: string; fieldErrors: Record<string, string> };

function fieldRefusal(field: string, message: string): FieldRefusal {
  return { ok: false, error: "Check the fields below.", fieldErrors: { [field]: message } };
}

/**
 * Both forms check a password. Count the checks per account in the database, with the sign-in
 * rule, so that a borrowed session cannot be used to guess the password.
 */
async function passwordCheckLimited(userId: string): Promise<{ ok: false; error: string } | null> {
  const attempt = await consumeAttempt(db, `password-check:${userId}`, attemptRules().signInPerAccount);
  return attempt.ok ? null : refused(retryMessage(attempt.retryAfterSeconds));
}

/** Changes the signed-in user's password through Better Auth, which also signs out their other sessions. */
export async function changePassword(actor: Actor, rawInput: unknown, requestHeaders: Headers): Promise<MutationResult> {
  const parsed = changePasswordSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const limited = await passwordCheckLimited(actor.id);
  if (limited) return limited;
  const { currentPassword, newPassword } = parsed.data;
  try {
    // Better Auth takes the user from the session in these headers: the same session `actor` came from.
    await getAuth().api.changePassword({ body: { currentPassword, newPassword, revokeOtherSessions: true }, headers: requestHeaders });
  } catch (error) {
    // Better Auth's refusals by shape (lib/auth/server.ts); anything else is a bug.
    const refusal = asAuthRefusal(error);
    if (!refusal) throw error;
    const code = refusal.body?.code;
    if (code === "INVALID_PASSWORD") return fieldRefusal("currentPassword", "That is not your current password");
    if (code === "CREDENTIAL_ACCOUNT_NOT_FOUND") return refused("Your account signs in with GitHub and has no password to change.");
    if (code === "UNAUTHORIZED") return refused("Sign in first.");
    return refused(refusal.body?.message || refusal.message || "Your password was not changed; check what you entered.");
  }
  return succeeded(undefined);
}

/** What the account page shows about the signed-in user. */
export async function accountSummary(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, email: true, createdAt: true, accounts: { select: { providerId: true, password: true } } },
  });
  return {
    name: user.name,
    email: user.email,
    createdAt: user.createdAt,
    hasPassword: user.accounts.some((account) => account.providerId === "credential" && account.password),
    signInMethods: user.accounts.map((account) => (account.providerId === "credential" ? "email and password" : account.providerId)),
  };
}

export type AccountSummary = Awaited<ReturnType<typeof accountSummary>>;

/**
 * Deletes the signed-in user's account after they typed its email (and their password, when it has
 * one). Deleting the user row deletes, by the schema's cascades, their profile, claims (and the
 * requests on them), requests, links, difficulty reports, sessions and sign-in methods; moderation log rows stay, with
 * the moderator cleared. A delete, not an anonymisation: nothing of theirs is kept under another name.
 */
export async function deleteAccount(actor: Actor, rawInput: unknown): Promise<MutationResult> {
  const parsed = deleteAccountSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { email: true, accounts: { where: { providerId: "credential" }, select: { password: true } } },
  });
  if (!user) return refused("This account no longer exists.");
  if (parsed.data.confirmEmail.toLowerCase() !== user.email.toLowerCase()) {
    return fieldRefusal("confirmEmail", `Type your account's email, ${user.email}, to confirm`);
  }
  const hash = user.accounts.find((account) => account.password)?.password;
  if (hash) {
    if (!parsed.data.password) return fieldRefusal("password", "Enter your password");
    const limited = await passwordCheckLimited(actor.id);
    if (limited) return limited;
    // Better Auth's own hasher, so the check matches however it stored the password.
    const { password } = await getAuth().$context;
    if (!(await password.verify({ hash, password: parsed.data.password }))) return fieldRefusal("password", "That is not your password");
  }
  return db.$transaction(async (tx): Promise<MutationResult> => {
    // Their difficulty reports go with the account (cascade); the summaries they counted in are redone in the same transaction.
    const reported = await tx.difficultyReport.findMany({ where: { userId: actor.id }, select: { problemId: true } });
    // deleteMany: a second submit racing this one finds nothing to delete instead of throwing.
    const deleted = await tx.user.deleteMany({ where: { id: actor.id } });
    if (deleted.count !== 1) return refused("This account no longer exists.");
    const now = new Date();
    for (const { problemId } of reported) await recomputeCommunityDifficulty(tx, problemId, now);
    return succeeded(undefined);
  });
}
