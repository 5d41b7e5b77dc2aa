import { formatDay } from "@/lib/format-date";

/** A date with its machine-readable form; always absolute, so old interest is never mistaken for new. */
export function FormattedDate({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDay(date)}</time>;
}
