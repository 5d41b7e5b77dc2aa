const dayFormatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A day as the app shows it everywhere: "3 Mar 2027" (UTC, so server and browser agree). */
export function formatDay(date: Date): string {
  return dayFormatter.format(date);
}
