/** Shown once after the delete-account action's redirect (lib/account/actions.ts). */
export function AccountDeletedNotice() {
  return (
    <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100" data-testid="account-deleted">
      Your account and everything in it are deleted, and you are signed out.
    </p>
  );
}
