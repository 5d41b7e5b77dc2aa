/**
 * A fixed-window attempt counter. Better Auth limits its HTTP endpoints itself, but calls through
 * auth.api (our server actions) bypass that, so sign-in and sign-up count attempts here.
 * Kept in memory: per server process, reset on restart; enough for one embedded instance.
 */
export type RateLimitRule = { limit: number; windowMs: number };

export type RateLimiter = {
  /** Counts one attempt for the key; refuses once the limit for the current window is reached. */
  attempt(key: string, now?: number): { ok: true } | { ok: false; retryAfterSeconds: number };
};

export function createRateLimiter(rule: RateLimitRule): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    attempt(key, now = Date.now()) {
      const current = windows.get(key);
      if (!current || now - current.startedAt >= rule.windowMs) {
        // Drop expired windows now and then so the map cannot grow without bound.
        if (windows.size > 10_000) {
          for (const [other, window] of windows) if (now - window.startedAt >= rule.windowMs) windows.delete(other);
        }
        windows.set(key, { startedAt: now, count: 1 });
        return { ok: true };
      }
      if (current.count >= rule.limit) {
        return { ok: false, retryAfterSeconds: Math.ceil((current.startedAt + rule.windowMs - now) / 1000) };
      }
      current.count += 1;
      return { ok: true };
    },
  };
}

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** Sign-in and sign-up attempts: 5 per minute per IP address and per email address by default. */
export const signInLimiter = createRateLimiter({
  limit: positiveInteger(process.env.SIGN_IN_ATTEMPTS_PER_MINUTE, 5),
  windowMs: 60_000,
});
