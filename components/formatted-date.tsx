const formatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A date with its machine-readable form; always absolute, so old interest is never mistaken for new. */
export function FormattedDate({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatter.format(date)}</time>;
}
