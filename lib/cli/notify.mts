/**
 * `npm run notify`: one run of what the server's mail worker does every NOTIFY_INTERVAL_MS, on the
 * database named by DATABASE_URL: the notification sweep (expiry reminders, digests), then delivery
 * of due mail over SMTP_URL. For cron-style deployments and for trying mail settings by hand.
 * Exit codes: 0 done (also when some mail failed and will be retried), 1 an error, 2 bad settings.
 */
import { createDatabaseClient } from "@/lib/database-client";
import { readEnvironment } from "@/lib/env";
import { releaseLease } from "@/lib/jobs/lease";
import { describeSmtpServer, mailSettings, type MailSettings } from "@/lib/mail/config";
import { newWorkerId, runMailWorkerOnce, SWEEP_LEASE } from "@/lib/mail/mail-worker";
import { smtpSender } from "@/lib/mail/transport";

let settings: MailSettings | null;
try {
  settings = mailSettings();
} catch (error) {
  console.error(`notify: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const database = createDatabaseClient(readEnvironment().DATABASE_URL);
const workerId = newWorkerId("notify");
try {
  const { sweep, delivery } = await runMailWorkerOnce({ database, now: new Date(), workerId, send: settings ? smtpSender(settings) : null });
  // Hand the sweep back at once: a server or the next `npm run notify` should not wait out our lease.
  await releaseLease(database, SWEEP_LEASE, workerId, new Date());
  console.log(
    sweep
      ? `notify: sweep: ${sweep.expiryReminders} expiry reminders, ${sweep.lapseNotices} lapse notices, ${sweep.digests} digests`
      : "notify: sweep skipped: another process (the server?) holds its lease",
  );
  if (settings) {
    console.log(`notify: mail via ${describeSmtpServer(settings)}: ${delivery.sent} sent, ${delivery.retried} to retry, ${delivery.failed} failed, ${delivery.cancelled} cancelled`);
  } else {
    const pending = await database.outgoingMail.count({ where: { status: "pending" } });
    console.log(`notify: mail is off (SMTP_URL is not set): nothing sent, ${pending} pending`);
  }
} catch (error) {
  console.error("notify:", error);
  process.exitCode = 1;
} finally {
  await database.$disconnect();
}
