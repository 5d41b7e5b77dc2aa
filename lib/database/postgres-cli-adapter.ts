import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

/**
 * The PostgreSQL adapter for the Prisma CLI (prisma.config.ts) only; the app uses
 * lib/database-client.ts. Two traps of Prisma 6.19 with adapter-pg (prisma/orm#27403):
 * `migrate deploy` and `migrate status` read catalog columns of type `name` (OID 19), which the
 * adapter cannot deserialise ("Column type 'name' could not be deserialized"), so this client
 * reports them as `text` (OID 25), which they are byte for byte; and without `allowExitOnIdle`
 * every command waits about 10 s for idle connections before it exits.
 */
class CatalogNamesAsText extends pg.Client {
  // pg's query() has many overloads; this one wrapper serves the promise form the adapter uses.
  override query(...args: Parameters<pg.Client["query"]>): ReturnType<pg.Client["query"]> {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((value: pg.QueryResult) => {
        for (const field of value?.fields ?? []) if (field.dataTypeID === 19) field.dataTypeID = 25;
        return value;
      }) as ReturnType<pg.Client["query"]>;
    }
    return result as ReturnType<pg.Client["query"]>;
  }
}

/** A driver adapter factory for the Prisma CLI on the PostgreSQL database at this URL. */
export function postgresCliAdapter(connectionString: string): PrismaPg {
  return new PrismaPg({ connectionString, max: 2, allowExitOnIdle: true, Client: CatalogNamesAsText });
}
