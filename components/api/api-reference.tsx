import { cacheLife } from "next/cache";
import { openApiDocument } from "@/lib/api/openapi";
import { apiExamples, type ApiExample } from "@/lib/api/examples";
import { CACHE_TAGS, dependsOn } from "@/lib/cache/tags";
import { appBaseUrl } from "@/lib/mail/config";

type Parameter = { name: string; in: string; required: boolean; description?: string; schema: { type?: string; enum?: string[]; items?: { type?: string; enum?: string[] } } };
type Operation = { summary: string; description?: string; parameters?: Parameter[]; responses: Record<string, { description: string }> };

/** What a parameter accepts, from its schema: the listed values, or its type. */
function accepts(parameter: Parameter): string {
  const values = parameter.schema.enum ?? parameter.schema.items?.enum;
  const repeatable = parameter.schema.type === "array" ? " (repeatable)" : "";
  const type = parameter.schema.type === "array" ? parameter.schema.items?.type : parameter.schema.type;
  return values ? `${values.filter((value) => value !== "").join(", ")}${repeatable}` : `${type ?? "string"}${repeatable}`;
}

/** The document's descriptions are CommonMark; the only markup they use is `code`. */
function Described({ text }: { text: string }) {
  return text.split(/(`[^`]+`)/).map((part, index) => (part.startsWith("`") ? <code key={index}>{part.slice(1, -1)}</code> : part));
}

const anchor = (path: string) => path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");

/**
 * The human reference of the public API: every endpoint of the OpenAPI document, its parameters
 * and responses, with an example request and a trimmed response from the live data. Cached like
 * every public page; the examples follow writes and ingests.
 */
export async function ApiReference() {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("default");
  const document = openApiDocument(appBaseUrl());
  const examples = await apiExamples();
  const endpoints = Object.entries(document.paths as Record<string, { get: Operation }>);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">API</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          The catalogue&rsquo;s data is public and read-only over HTTP: no key, any origin may read it (CORS), JSON endpoints send
          an <code>ETag</code> and answer <code>304 Not Modified</code> to a current <code>If-None-Match</code>, and responses
          must be revalidated before reuse since claims change at any time. The machine-readable description is the OpenAPI 3.1
          document at{" "}
          <a className="underline" href="/api/openapi.json">
            /api/openapi.json
          </a>
          .
        </p>
        <nav aria-label="Endpoints">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {endpoints.map(([path]) => (
              <li key={path}>
                <a href={`#${anchor(path)}`} className="font-mono text-blue-700 underline dark:text-blue-300">
                  {path}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {endpoints.map(([path, { get }]) => (
        <Endpoint key={path} path={path} operation={get} example={examples[path]} />
      ))}
      <section aria-labelledby="errors" className="space-y-3 border-t border-zinc-200 pt-6 dark:border-zinc-800">
        <h2 id="errors" className="text-lg font-semibold">
          Errors
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          An invalid parameter answers <code>400</code>, an unknown problem <code>404</code>, both as{" "}
          <code>{"{ error, parameter }"}</code>: <code>error</code> says what was wrong and what was expected,{" "}
          <code>parameter</code> names the parameter to blame (absent on a 404).
        </p>
        {examples.error && <Example example={examples.error} />}
      </section>
    </div>
  );
}

function Endpoint({ path, operation, example }: { path: string; operation: Operation; example?: ApiExample }) {
  const parameters = operation.parameters ?? [];
  return (
    <section id={anchor(path)} aria-labelledby={`${anchor(path)}-heading`} className="scroll-mt-4 space-y-3 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id={`${anchor(path)}-heading`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="rounded bg-emerald-100 px-1.5 py-0.5 font-mono text-xs font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">GET</span>
        <span className="font-mono text-base font-semibold [overflow-wrap:anywhere]">{path}</span>
        <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">{operation.summary}</span>
      </h2>
      {operation.description && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          <Described text={operation.description} />
        </p>
      )}
      {parameters.length > 0 && (
        <dl className="divide-y divide-zinc-100 border-y border-zinc-100 text-sm dark:divide-zinc-900 dark:border-zinc-900">
          {parameters.map((parameter) => (
            <div key={parameter.name} className="grid gap-x-4 gap-y-0.5 py-2 sm:grid-cols-[12rem_1fr]">
              <dt>
                <span className="font-mono font-medium">{parameter.name}</span>
                {parameter.in === "path" && <span className="text-zinc-500 dark:text-zinc-400"> (in the path)</span>}
                <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">{accepts(parameter)}</span>
              </dt>
              <dd className="text-zinc-700 dark:text-zinc-300">{parameter.description && <Described text={parameter.description} />}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Answers{" "}
        <Described
          text={Object.entries(operation.responses)
            .map(([status, response]) => `${status} (${response.description.replace(/\.$/, "")})`)
            .join(", ")}
        />
        .
      </p>
      {example ? <Example example={example} /> : <ExampleRequest request={`${appBaseUrl()}${path.replace("{number}", "1.1").replace("{slug}", "toy-language-models")}`} />}
    </section>
  );
}

function ExampleRequest({ request }: { request: string }) {
  return (
    <div>
      <p className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">Example request</p>
      <pre className="mt-1 overflow-x-auto rounded-md bg-zinc-100 p-3 text-xs text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">
        <code>curl {request}</code>
      </pre>
    </div>
  );
}

function Example({ example }: { example: ApiExample }) {
  return (
    <div className="space-y-2">
      <ExampleRequest request={`'${example.request}'`} />
      <div>
        <p className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">Response ({example.status})</p>
        <pre className="mt-1 max-h-96 overflow-auto rounded-md bg-zinc-100 p-3 text-xs text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">
          <code>{example.response}</code>
        </pre>
      </div>
    </div>
  );
}
