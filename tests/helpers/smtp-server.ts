import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  /** Envelope recipients (RCPT TO), which is where the mail actually goes. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Each header as sent (unfolded), by lower-case name; the last one wins if repeated. */
  headers: Record<string, string>;
};

export type TestSmtpServer = {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Until changed back, every message is refused after DATA with a temporary error (451). */
  rejectData: (reject: boolean) => void;
  stop: () => Promise<void>;
  /** Listens again on the same port (after stop: SMTP down, then up). */
  restart: () => Promise<void>;
  waitFor: (predicate: (received: ReceivedMail[]) => boolean, timeoutMs?: number) => Promise<void>;
};

function addressText(address: AddressObject | AddressObject[] | undefined): string {
  if (!address) return "";
  return (Array.isArray(address) ? address : [address]).map((entry) => entry.text).join(", ");
}

/** A real SMTP server on 127.0.0.1 (no TLS, authentication optional) that keeps every message it accepts, parsed. */
export async function startSmtpServer(options: { port?: number } = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let rejecting = false;
  let server: SMTPServer | null = null;
  let port = options.port ?? 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const instance = new SMTPServer({
        authOptional: true,
        // Without TLS certificates STARTTLS would fail; nodemailer sends in clear text when it is not offered.
        disabledCommands: ["STARTTLS"],
        logger: false,
        // Any user name and password is accepted, so an SMTP_URL with credentials works against it too.
        onAuth(auth, _session, callback) {
          callback(null, { user: auth.username ?? "anonymous" });
        },
        // A reverse DNS lookup per connection costs time and means nothing on 127.0.0.1.
        disableReverseLookup: true,
        onData(stream, session, callback) {
          simpleParser(stream)
            .then((parsed) => {
              if (rejecting) {
                callback(Object.assign(new Error("Temporary failure, try again later"), { responseCode: 451 }));
                return;
              }
              received.push({
                to: session.envelope.rcptTo.map((recipient) => recipient.address),
                from: addressText(parsed.from),
                subject: parsed.subject ?? "",
                text: parsed.text ?? "",
                html: typeof parsed.html === "string" ? parsed.html : "",
                messageId: parsed.messageId ?? "",
                headers: Object.fromEntries(parsed.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(":") + 1).replace(/\r?\n\s+/g, " ").trim()])),
              });
              callback();
            })
            .catch(callback);
        },
      });
      instance.on("error", reject);
      instance.listen(port, "127.0.0.1", () => {
        port = (instance.server.address() as AddressInfo).port;
        server = instance;
        resolve();
      });
    });

  await listen();
  const handle: TestSmtpServer = {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    received,
    rejectData: (reject) => {
      rejecting = reject;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        const running = server;
        server = null;
        if (!running) return resolve();
        running.close(() => resolve());
      }),
    restart: async () => {
      await handle.stop();
      await listen();
    },
    waitFor: async (predicate, timeoutMs = 5_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > deadline) throw new Error(`SMTP test server: condition not met within ${timeoutMs} ms (${received.length} messages received)`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
  return handle;
}
