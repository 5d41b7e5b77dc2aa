import path from "node:path";
import { z } from "zod";

/** The environment the app reads, parsed once; every variable is optional on the embedded default. */
const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "only SQLite file URLs (file:...) are supported so far")
    .default("file:./data/app.db"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Environment = z.infer<typeof environmentSchema>;

export function readEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

/** The SQLite file a file: URL names, resolved against the working directory; null for ":memory:". */
export function databaseFilePath(url: string): string | null {
  const file = url.replace(/^file:/, "");
  return file === ":memory:" ? null : path.resolve(file);
}
