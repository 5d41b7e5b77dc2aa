import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

/**
 * The PostgreSQL adapter for the Prisma CLI (prisma.config.ts) only; the app uses
 * lib/database-client.ts. Two traps of Prisma 6.19 with adapter-pg (prisma/orm#27403):
 * `migrate deploy` and `migrate status` read catalog columns of type `name` (OID 19), which the
 * adapter cannot deserialise ("Column type 'name' could not be deserialized"), so this client
 * reports them as `text` (OID 25), which they are byte for byte; and without `allowExitOnIdle`
 * every command waits about 10 s for idle connections before it exits. One connection: `migrate
 * deploy` holds a session-level advisory lock, and with a pool its unlock could run on another
 * connection, leaving the lock held until the idle one closed (about 10 s, which is exactly how long
 * a second instance migrating at the same time waits before it gives up).
 */
class CatalogNamesAsText extends pg.Client {
  // pg's query() has many overloads: the pool calls it with a callback, a transaction without.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, result: pg.QueryResult) => last(error, error ? result : textForNames(result));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(textForNames) : result) as never;
  }
}

function textForNames(result: pg.QueryResult): pg.QueryResult {
  for (const field of result?.fields ?? []) if (field.dataTypeID === 19) field.dataTypeID = 25;
  return result;
}

/** A driver adapter factory for the Prisma CLI on the PostgreSQL database at this URL. */
export function postgresCliAdapter(connectionString: string): PrismaPg {
  return new PrismaPg({ connectionString, allowExitOnIdle: true, max: 1, idleTimeoutMillis: 200, Client: CatalogNamesAsText });
}
