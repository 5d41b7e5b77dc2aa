import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-10 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-zinc-700 dark:text-zinc-300">There is no page here. The problem number or category may be mistyped.</p>
      <Link href="/" className="underline">
        Back to all problems
      </Link>
    </div>
  );
}
