/**
 * `npm run bench:mail`: delivery under SMTP faults, counted. 300 outbox rows go through the real
 * worker and nodemailer to a real SMTP server that is down, then answers 451 to every other round,
 * while two workers race and one in twenty sends "crashes" after the message left and before it
 * was marked sent. Prints rows, arrivals, distinct Message-IDs, duplicates (each a resend of the
 * same Message-ID, which a correct receiver keeps once), attempts and rounds.
 */
import { createTestDatabase } from "../helpers/database";
import { startSmtpServer } from "../helpers/smtp-server";
import { enqueueMail } from "@/lib/mail/outbox";
import { smtpSender } from "@/lib/mail/transport";
import { deliverPendingMail, type SendMail } from "@/lib/mail/worker";

const ROWS = Number(process.argv.includes("--quick") ? 60 : 300);
const database = createTestDatabase();
const smtp = await startSmtpServer();
const started = performance.now();
try {
  for (let index = 0; index < ROWS; index++) {
    await enqueueMail(database.prisma, { dedupeKey: `bench:${index}`, to: `reader${index % 17}@example.org`, subject: `Message ${index}`, text: "Hello", html: "<p>Hello</p>", unsubscribeUrl: "http://localhost:3000/api/unsubscribe?u=x" });
  }
  const smtpSend = smtpSender({ smtpUrl: smtp.url, from: "Bench <bench@example.org>" });
  let crashes = 0;
  let sends = 0;
  // One send in twenty delivers and then fails as if the process died before marking it sent.
  const crashingSend: SendMail = async (message) => {
    await smtpSend(message);
    sends++;
    if (sends % 20 === 0) {
      crashes++;
      throw new Error("simulated crash after sending");
    }
  };
  let now = new Date("2027-01-01T00:00:00Z");
  let rounds = 0;
  await smtp.stop(); // SMTP down for the first round
  while ((await database.prisma.outgoingMail.count({ where: { status: "pending" } })) > 0 && rounds < 200) {
    rounds++;
    if (rounds === 2) await smtp.restart();
    smtp.rejectData(rounds > 1 && rounds % 2 === 0 && rounds < 10);
    await Promise.all([
      deliverPendingMail({ database: database.prisma, send: crashingSend, now, workerId: "bench-a", batchSize: 25 }),
      deliverPendingMail({ database: database.prisma, send: crashingSend, now, workerId: "bench-b", batchSize: 25 }),
    ]);
    now = new Date(now.getTime() + 61 * 60_000);
  }
  const rows = await database.prisma.outgoingMail.groupBy({ by: ["status"], _count: true });
  const attempts = await database.prisma.outgoingMail.aggregate({ _max: { attempts: true }, _avg: { attempts: true } });
  const ids = smtp.received.map((mail) => mail.messageId);
  const distinct = new Set(ids);
  const expected = new Set((await database.prisma.outgoingMail.findMany({ select: { messageId: true } })).map((row) => row.messageId));
  const lost = [...expected].filter((id) => !distinct.has(id)).length;
  console.log(`mail under faults: ${ROWS} rows, ${rounds} rounds, ${Math.round(performance.now() - started)} ms`);
  console.log(`  rows by status: ${rows.map((row) => `${row.status} ${row._count}`).join(", ")}`);
  console.log(`  arrivals ${ids.length}, distinct Message-IDs ${distinct.size}, lost ${lost}`);
  console.log(`  duplicates ${ids.length - distinct.size} (simulated crashes after sending: ${crashes}; each duplicate repeats its row's Message-ID)`);
  console.log(`  attempts per row: mean ${attempts._avg.attempts?.toFixed(2)}, max ${attempts._max.attempts}`);
  if (lost > 0 || distinct.size !== ROWS || ids.length - distinct.size > crashes) process.exitCode = 1;
} finally {
  await smtp.stop();
  await database.cleanup();
}
