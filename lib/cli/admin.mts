/**
 * `npm run admin -- grant EMAIL | revoke EMAIL | list`: who may moderate, on the database named by
 * DATABASE_URL. Whoever runs the server runs this; the web app never grants roles.
 * Exit codes: 0 done, 1 no such account, 2 usage error.
 */
import { grantModerator, listModerators, revokeModerator, type RoleChange } from "@/lib/auth/role-admin";
import { createDatabaseClient } from "@/lib/database-client";
import { readEnvironment } from "@/lib/env";

const USAGE = `Usage:
  npm run admin -- grant EMAIL    make the account with EMAIL a moderator
  npm run admin -- revoke EMAIL   make it a member again
  npm run admin -- list           list everyone who may moderate`;

const [command, email, ...extra] = process.argv.slice(2);
if (command === "help" || command === "--help" || command === "-h") {
  console.log(USAGE);
  process.exit(0);
}
const takesEmail = command === "grant" || command === "revoke";
const usageError =
  command === undefined || !["grant", "revoke", "list"].includes(command)
    ? `Unknown command ${command === undefined ? "(none)" : `"${command}"`}.`
    : takesEmail && !email
      ? `${command} needs an email address.`
      : extra.length > 0 || (command === "list" && email !== undefined)
        ? "Too many arguments."
        : takesEmail && !email!.includes("@")
          ? `"${email}" is not an email address.`
          : null;

if (usageError) {
  console.error(`admin: ${usageError}\n${USAGE}`);
  process.exit(2);
}

function report(change: RoleChange, verb: "granted" | "revoked"): void {
  if (!change.ok) {
    console.error(`admin: ${change.error}`);
    process.exitCode = 1;
    return;
  }
  const who = `${change.name} <${change.email}>`;
  if (verb === "granted") {
    console.log(change.changed ? `${who} is now a moderator.` : `${who} was already a moderator.`);
  } else {
    console.log(change.changed ? `${who} is no longer a moderator by role.` : `${who} had no moderator role.`);
    if (change.adminEmailStillGrants) {
      console.log(`Note: ${change.email} is a verified email listed in ADMIN_EMAILS, so this account can still moderate. Remove it from ADMIN_EMAILS and restart the server to take that away.`);
    }
  }
}

const database = createDatabaseClient(readEnvironment().DATABASE_URL);
try {
  if (command === "grant") report(await grantModerator(database, email!), "granted");
  else if (command === "revoke") report(await revokeModerator(database, email!), "revoked");
  else {
    const moderators = await listModerators(database);
    if (moderators.length === 0) console.log("No moderators yet. Grant one with: npm run admin -- grant EMAIL");
    for (const moderator of moderators) console.log(`${moderator.email}\t${moderator.name}\t(${moderator.via})`);
  }
} finally {
  await database.$disconnect();
}
