/**
 * Mail settings from the environment. Mail is optional: without SMTP_URL the app runs as before,
 * with the inbox only, and nothing is enqueued for sending.
 */
export type MailSettings = {
  /** smtp://user:password@host:port or smtps://… (nodemailer's connection URL). */
  smtpUrl: string;
  /** The From header, e.g. `Open Problems <no-reply@example.org>`. */
  from: string;
};

type MailEnvironment = Record<string, string | undefined>;

/** The app's public base URL: BETTER_AUTH_URL, else http://localhost:PORT (links in mail and Better Auth's baseURL). */
export function appBaseUrl(env: MailEnvironment = process.env): string {
  return env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`;
}

/** The SMTP URL and From address, or null when mail is off (SMTP_URL unset or empty); throws on a malformed SMTP_URL. */
export function mailSettings(env: MailEnvironment = process.env): MailSettings | null {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return null;
  let protocol: string;
  try {
    protocol = new URL(smtpUrl).protocol;
  } catch {
    // The value itself may hold a password, so the message never repeats it.
    throw new Error("Invalid environment: SMTP_URL is not a URL; expected smtp://user:password@host:port or smtps://…");
  }
  if (protocol !== "smtp:" && protocol !== "smtps:") {
    throw new Error(`Invalid environment: SMTP_URL must start with smtp:// or smtps:// (it starts with ${protocol}//)`);
  }
  return { smtpUrl, from: env.MAIL_FROM?.trim() || `Open Problems <no-reply@${appHostname(env)}>` };
}

/** The domain for Message-IDs: MAIL_FROM's, else the app's host name, so IDs look like ours to the receiving side. */
export function messageIdDomain(env: MailEnvironment = process.env): string {
  const fromDomain = env.MAIL_FROM?.match(/@([^>\s@]+)>?\s*$/)?.[1];
  return fromDomain ?? appHostname(env);
}

/** Where the SMTP server is, for logs: host and port only, never the credentials. */
export function describeSmtpServer(settings: MailSettings): string {
  const url = new URL(settings.smtpUrl);
  return `${url.protocol}//${url.host}`;
}

function appHostname(env: MailEnvironment): string {
  try {
    return new URL(appBaseUrl(env)).hostname || "localhost";
  } catch {
    return "localhost";
  }
}

const DEFAULT_NOTIFY_INTERVAL_MS = 30_000;

/** How often the server's worker sweeps and sends: NOTIFY_INTERVAL_MS (at least 1000), default 30 s. */
export function notifyIntervalMs(env: MailEnvironment = process.env): number {
  const raw = env.NOTIFY_INTERVAL_MS?.trim();
  if (!raw) return DEFAULT_NOTIFY_INTERVAL_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1000) {
    throw new Error(`Invalid environment: NOTIFY_INTERVAL_MS must be a whole number of milliseconds, at least 1000 (got "${raw}")`);
  }
  return value;
}
