import type { AttemptRule } from "./attempts";

const MINUTE = 60_000;

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/**
 * How often people may try. Per account tight, so that guessing one account's password is slow;
 * per address loose, so that a reading group on one Wi-Fi does not lock itself out when one
 * account is attacked. Each limit can be changed by an environment variable (README).
 */
export function attemptRules(environment: NodeJS.ProcessEnv = process.env) {
  return {
    signInPerAccount: { limit: positiveInteger(environment.SIGN_IN_ATTEMPTS_PER_ACCOUNT, 10), windowMs: 15 * MINUTE },
    signInPerAddress: { limit: positiveInteger(environment.SIGN_IN_ATTEMPTS_PER_ADDRESS, 100), windowMs: 15 * MINUTE },
    signUpPerAddress: { limit: positiveInteger(environment.SIGN_UPS_PER_ADDRESS, 20), windowMs: 60 * MINUTE },
    writesPerUser: { limit: positiveInteger(environment.WRITES_PER_USER, 120), windowMs: 10 * MINUTE },
  } satisfies Record<string, AttemptRule>;
}

/** The counters one sign-in or sign-up attempt is charged to. */
export function accountAttemptKeys(kind: "sign-in" | "sign-up", email: string, address: string, rules = attemptRules()) {
  return [
    { key: `account:${email.trim().toLowerCase()}`, rule: rules.signInPerAccount },
    kind === "sign-in"
      ? { key: `sign-in-address:${address}`, rule: rules.signInPerAddress }
      : { key: `sign-up-address:${address}`, rule: rules.signUpPerAddress },
  ];
}

export function retryMessage(retryAfterSeconds: number): string {
  const wait = retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return `Too many attempts. Try again in ${wait}.`;
}
