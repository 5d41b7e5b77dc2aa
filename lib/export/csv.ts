import { stringify } from "csv-stringify/sync";
import type { ClaimJson } from "@/lib/claims/json";
import type { ExportedProblem } from "./records";

/**
 * The export as a spreadsheet: one row per problem, claims summarised. csv-stringify does the
 * quoting (commas, quotes, line breaks in titles and notes); we neutralise formulas.
 */

/** The CSV's columns in order, with how each is filled (README "Open data" documents them). */
export const CSV_COLUMNS = [
  "number",
  "title",
  "category",
  "section",
  "difficulty",
  "star",
  "source_url",
  "url",
  "active_claims",
  "working",
  "interested",
  "done",
  "looking_for_collaborators",
  "community_difficulty",
  "community_duration",
  "community_reports",
  "claimants",
  "public_contacts",
  "outcomes",
  "work_links",
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection");
// a leading single quote makes it text and shows the value as typed.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text, made inert if a spreadsheet would read it as a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const day = (iso: string) => iso.slice(0, 10);

/** "Alice (working, until 2027-03-10)", "Bob (interested, lapsed 2026-11-01)", "Carol (done)". */
function claimantOf(claim: ClaimJson): string {
  if (claim.expiresAt === null) return `${claim.owner.name} (${claim.status})`;
  return `${claim.owner.name} (${claim.status}, ${claim.lapsed ? "lapsed" : "until"} ${day(claim.expiresAt)})`;
}

/** "Alice: alice@example.org, discord alice, https://alice.dev", only for contact details their owner made public. */
function contactOf(claim: ClaimJson): string | null {
  const contact = claim.owner.contact;
  if (!contact) return null;
  const parts = [contact.email, contact.discord && `discord ${contact.discord}`, contact.website].filter(Boolean);
  return parts.length > 0 ? `${claim.owner.name}: ${parts.join(", ")}` : null;
}

const star = (exciting: boolean | null) => (exciting === null ? "" : String(exciting));

function csvRow(problem: ExportedProblem): Record<CsvColumn, string> {
  return {
    number: problem.number,
    title: problem.title,
    category: problem.category,
    section: problem.section ?? "",
    difficulty: problem.difficulty ?? "",
    star: star(problem.exciting),
    source_url: problem.sourceUrl,
    url: problem.url,
    active_claims: String(problem.activeClaims),
    working: String(problem.workingClaims),
    interested: String(problem.interestedClaims),
    done: String(problem.doneClaims),
    looking_for_collaborators: String(problem.lookingForCollaborators),
    community_difficulty: problem.community?.level ?? "",
    community_duration: problem.community?.duration ?? "",
    community_reports: String(problem.community?.reports ?? 0),
    claimants: problem.claims.map(claimantOf).join("; "),
    public_contacts: problem.claims.map(contactOf).filter((contact) => contact !== null).join("; "),
    outcomes: problem.outcomes.map((outcome) => `${outcome.owner}: ${[outcome.summary, outcome.url].filter(Boolean).join(" ")}`).join(" | "),
    work_links: problem.workLinks.map((link) => link.url).join(" | "),
  };
}

/** The rows as the CSV holds them (header first), every cell neutralised; what a parser reads back. */
export function csvRecords(problems: ExportedProblem[]): string[][] {
  return [[...CSV_COLUMNS], ...problems.map((problem) => CSV_COLUMNS.map((column) => neutraliseFormula(csvRow(problem)[column])))];
}

/** The CSV text: UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF line ends (RFC 4180). */
export function toCsv(problems: ExportedProblem[]): string {
  return stringify(csvRecords(problems), { bom: true, record_delimiter: "windows" });
}
