import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { FormattedDate } from "@/components/formatted-date";
import { LinkedText } from "@/components/linked-text";
import { HiddenNotice } from "@/components/moderation/hidden-notice";
import { respondToRequestAction, withdrawRequestAction } from "@/lib/claims/actions";
import type { RequestView } from "@/lib/claims/queries";
import { Person } from "./person";

const STATUS_TEXT: Record<string, string> = { pending: "Pending", accepted: "Accepted", declined: "Declined", withdrawn: "Withdrawn" };

/** Collaboration requests on /me, with accept/decline for received ones and withdraw for sent ones. */
export function RequestList({ requests, direction }: { requests: RequestView[]; direction: "received" | "sent" }) {
  if (requests.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">None.</p>;
  return (
    <ul className="space-y-3">
      {requests.map((request) => (
        <li key={request.id} className="min-w-0 space-y-2 rounded-lg border border-zinc-200 p-4 text-sm [overflow-wrap:anywhere] dark:border-zinc-800" data-testid={`request-${direction}`} data-status={request.status}>
          {request.hiddenAt && <HiddenNotice hiddenAt={request.hiddenAt} what="Your request:" />}
          <p>
            <Link href={`/problems/${request.problem.number}`} className="font-medium underline">
              {request.problem.number} {request.problem.title}
            </Link>
          </p>
          <p className="flex flex-wrap items-center gap-2">
            {direction === "received" ? <>From <Person person={request.requester} /></> : <>To <Person person={request.owner} /></>}
            <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium dark:bg-zinc-800">{STATUS_TEXT[request.status] ?? request.status}</span>
            <span className="text-xs text-zinc-500 dark:text-zinc-400">
              sent <FormattedDate date={request.createdAt} />
              {request.respondedAt && (
                <>
                  {" "}
                  · answered <FormattedDate date={request.respondedAt} />
                </>
              )}
            </span>
          </p>
          <p className="whitespace-pre-line">
            <LinkedText text={request.message} />
          </p>
          <div className="flex flex-wrap gap-2 empty:hidden">
            {direction === "received" ? (
              <>
                <ActionButton action={respondToRequestAction} values={{ requestId: request.id, decision: "accept" }} label="Accept" variant="primary" done={request.status !== "pending"} />
                <ActionButton action={respondToRequestAction} values={{ requestId: request.id, decision: "decline" }} label="Decline" done={request.status !== "pending"} />
              </>
            ) : (
              <ActionButton action={withdrawRequestAction} values={{ requestId: request.id }} label="Withdraw request" done={request.status !== "pending"} />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
