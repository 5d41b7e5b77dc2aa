import { createTransport } from "nodemailer";
import type { MailSettings } from "./config";
import type { SendMail } from "./worker";

// Short timeouts: a down or unreachable server must fail one attempt in seconds (the row is
// retried later), not hold the worker, and each send must fit well inside a row's lease (60 s).
const CONNECTION_TIMEOUT_MS = 5_000;
const GREETING_TIMEOUT_MS = 5_000;
const SOCKET_TIMEOUT_MS = 20_000;

/** A SendMail over SMTP with nodemailer, From set from the settings. */
export function smtpSender(settings: MailSettings): SendMail {
  const transport = createTransport({
    url: settings.smtpUrl,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  });
  return async (message) => {
    await transport.sendMail({
      from: settings.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: message.messageId,
      headers: message.headers,
    });
  };
}
