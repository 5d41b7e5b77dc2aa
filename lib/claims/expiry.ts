import { formatDay } from "@/lib/format-date";
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from "./vocabulary";

/**
 * Expiry dates are whole days (UTC, as every date in the app is shown): a claim "until 3 Mar 2027"
 * is active through the last millisecond of that day. No zod and no database here, so the claim
 * form can share these rules.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** "2027-03-03": the value an <input type="date"> takes for a day. */
export type IsoDay = string;

function startOfDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function isoDay(time: number): IsoDay {
  return new Date(time).toISOString().slice(0, 10);
}

/** The last moment of a day: when a claim "until" that day lapses. */
export function endOfDay(day: IsoDay): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS - 1);
}

/** The days an owner may choose when claiming or renewing at `now`: tomorrow up to MAX_EXPIRY_DAYS ahead, and the default. */
export function expiryChoices(now: Date): { min: IsoDay; max: IsoDay; default: IsoDay } {
  const today = startOfDay(now);
  return { min: isoDay(today + DAY_MS), max: isoDay(today + MAX_EXPIRY_DAYS * DAY_MS), default: isoDay(today + DEFAULT_EXPIRY_DAYS * DAY_MS) };
}

/** The expiry of a claim renewed at `now` without a chosen date. */
export function defaultExpiry(now: Date): Date {
  return endOfDay(expiryChoices(now).default);
}

/** The range as the refusal names it: "between 3 Dec 2026 and 31 May 2027". */
export function expiryRangeText(now: Date): string {
  const { min, max } = expiryChoices(now);
  return `between ${formatDay(endOfDay(min))} and ${formatDay(endOfDay(max))}`;
}

/** The expiry for a chosen day, or why it is refused (outside tomorrow … MAX_EXPIRY_DAYS ahead). */
export function chosenExpiry(day: IsoDay, now: Date): { ok: true; expiresAt: Date } | { ok: false; error: string } {
  const { min, max } = expiryChoices(now);
  if (day < min || day > max) return { ok: false, error: `Choose a date ${expiryRangeText(now)}` };
  return { ok: true, expiresAt: endOfDay(day) };
}
