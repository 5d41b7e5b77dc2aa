import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/database-client";
import { acquireLease, recordJobRun } from "@/lib/jobs/lease";
import { runNotificationSweep, type SweepReport } from "@/lib/notifications/sweep";
import type { MailSettings } from "./config";
import { registerMailWorkerNudge } from "./nudge";
import { smtpSender } from "./transport";
import { deliverPendingMail, type DeliveryReport, type SendMail } from "./worker";

export const SWEEP_LEASE = "notification-sweep";
// Longer than the interval between runs (30 s by default), so the instance that holds it keeps it
// from run to run, and another takes over within a minute of it stopping.
const SWEEP_LEASE_MS = 60_000;
// Bounds one run: a large backlog is worked off over several runs rather than holding one forever.
const MAX_BATCHES_PER_RUN = 25;

export type MailWorkerRun = { sweep: SweepReport | null; delivery: DeliveryReport };

/** A worker id unique to this process and call: leases name it. */
export function newWorkerId(role: string): string {
  return `${role}:${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * One run: the notification sweep (only on the instance holding the sweep lease), then delivery
 * of due mail until none is left. Without `send` (mail off) nothing is sent and rows stay pending.
 */
export async function runMailWorkerOnce(options: {
  database: Database;
  now: Date;
  workerId: string;
  send: SendMail | null;
  sweep?: boolean;
}): Promise<MailWorkerRun> {
  const { database, now, workerId, send } = options;
  let sweep: SweepReport | null = null;
  let sweepError: unknown = null;
  if (options.sweep !== false && (await acquireLease(database, SWEEP_LEASE, workerId, now, SWEEP_LEASE_MS))) {
    try {
      sweep = await runNotificationSweep(database, now);
      await recordJobRun(database, SWEEP_LEASE, workerId, now);
    } catch (error) {
      // Mail already in the outbox is still sent; the sweep's error is raised after that.
      sweepError = error;
    }
  }
  const delivery: DeliveryReport = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
  if (send) {
    const started = performance.now();
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      // Each batch sees the time it starts at, on the injected clock.
      const batchNow = new Date(now.getTime() + Math.round(performance.now() - started));
      const report = await deliverPendingMail({ database, send, now: batchNow, workerId });
      delivery.sent += report.sent;
      delivery.retried += report.retried;
      delivery.failed += report.failed;
      delivery.cancelled += report.cancelled;
      if (report.sent + report.retried + report.failed + report.cancelled === 0) break;
    }
  }
  if (sweepError) throw sweepError;
  return { sweep, delivery };
}

export type MailWorker = {
  /** Stops the timer, unregisters the nudge and waits for a run in progress. */
  stop: () => Promise<void>;
  /** Asks for a delivery run now (what nudgeMailWorker calls). */
  nudge: () => void;
};

/**
 * Runs the worker in the server process: once now, then every intervalMs, never two runs at once.
 * A nudge during a run queues one more delivery run after it. Errors are logged, never thrown:
 * a mail or sweep problem must not take the web server down.
 */
export function startMailWorker(options: {
  database: Database;
  intervalMs: number;
  settings: MailSettings | null;
  /** Checked before each run; false skips it (serve.mts: the database file has vanished). */
  canRun?: () => boolean;
  log?: (message: string, error: unknown) => void;
}): MailWorker {
  const { database, intervalMs, settings } = options;
  const log = options.log ?? ((message, error) => console.error(message, error));
  const send = settings ? smtpSender(settings) : null;
  const workerId = newWorkerId("serve");
  let running: Promise<void> | null = null;
  let queued: "none" | "delivery" | "full" = "none";
  let stopped = false;

  const runOnce = async (sweep: boolean) => {
    if (options.canRun && !options.canRun()) return;
    await runMailWorkerOnce({ database, now: new Date(), workerId, send, sweep });
  };

  const trigger = (kind: "delivery" | "full") => {
    if (stopped) return;
    if (running) {
      if (queued !== "full") queued = kind;
      return;
    }
    running = (async () => {
      let next: "none" | "delivery" | "full" = kind;
      while (next !== "none" && !stopped) {
        queued = "none";
        try {
          await runOnce(next === "full");
        } catch (error) {
          log("mail worker: run failed:", error);
        }
        next = queued;
      }
    })().finally(() => {
      running = null;
    });
  };

  const timer = setInterval(() => trigger("full"), intervalMs);
  timer.unref();
  const unregister = registerMailWorkerNudge(() => trigger("delivery"));
  trigger("full");

  return {
    nudge: () => trigger("delivery"),
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      unregister();
      await running;
    },
  };
}
