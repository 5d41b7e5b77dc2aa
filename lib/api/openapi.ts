import { z } from "zod";
import { problemFilterParameters } from "@/lib/problems/filter";
import { apiErrorSchema, claimJsonSchema, problemDetailJsonSchema, problemJsonSchema, problemListJsonSchema, problemPathParameters } from "./schemas";

/**
 * The OpenAPI 3.1 document of the public API, generated from the zod schemas that validate the
 * parameters (lib/problems/filter.ts, ./schemas.ts) and type the responses: nothing here repeats a
 * parameter or a field by hand. Served at /api/openapi.json and read by the /api page.
 */

type JsonSchema = Record<string, unknown>;

/** OpenAPI 3.1 schemas are JSON Schema 2020-12; zod's output also says which draft and which id it has, which a component does not need. */
function toSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _draft, $id: _id, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", override: dropSafeIntegerBounds }) as JsonSchema;
  return rest;
}

// z.number().int() bounds itself to JavaScript's safe integers; a reader learns nothing from that.
function dropSafeIntegerBounds({ jsonSchema }: { jsonSchema: JsonSchema }) {
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
}

/** The response schemas, by component name (their zod `id`). */
const COMPONENT_SCHEMAS = { problemJsonSchema, claimJsonSchema, problemListJsonSchema, problemDetailJsonSchema, apiErrorSchema };

function componentSchemas(): Record<string, JsonSchema> {
  const ids = new Set(Object.values(COMPONENT_SCHEMAS).map((schema) => z.globalRegistry.get(schema)?.id));
  const all = z.toJSONSchema(z.globalRegistry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}`, override: dropSafeIntegerBounds }).schemas;
  return Object.fromEntries(
    Object.entries(all)
      .filter(([id]) => ids.has(id))
      .map(([id, { $schema: _draft, $id: _id, ...schema }]) => [id, schema as JsonSchema]),
  );
}

const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${z.globalRegistry.get(schema)!.id}` });

/** A query or path parameter from one field of a zod object: its description moves from the schema to the parameter. */
function parameter(name: string, field: z.ZodType, location: "query" | "path") {
  const { description, ...schema } = toSchema(field);
  return {
    name,
    in: location,
    required: location === "path",
    description,
    schema,
    ...(schema.type === "array" ? { style: "form", explode: true } : {}),
  };
}

/** Every filter parameter, in the order of the schema. */
export function filterParameters() {
  return Object.entries(problemFilterParameters.shape).map(([name, field]) => parameter(name, field, "query"));
}

const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const atom = { "application/atom+xml": { schema: { type: "string" } } };
const errorResponse = (description: string) => ({ description, content: json(ref(apiErrorSchema)) });
const validators = {
  ETag: { description: "Strong validator of the body; send it back in If-None-Match.", schema: { type: "string" } },
  "Cache-Control": { description: "`public, max-age=0, must-revalidate`: store, but revalidate before each use.", schema: { type: "string" } },
  "Access-Control-Allow-Origin": { description: "`*`: any origin may read.", schema: { type: "string" } },
};
const notModified = { description: "Not modified: the If-None-Match tag is current.", headers: { ETag: validators.ETag } };
const feedResponses = (what: string) => ({ "200": { description: `Atom feed of ${what}.`, content: atom } });

const categorySlugParameter = problemFilterParameters.shape.category.element.meta({ description: "The category's slug.", examples: ["toy-language-models"] });

/** The OpenAPI document, with `serverUrl` (the site's origin) as its server. */
export function openApiDocument(serverUrl: string) {
  const problemsResponses = {
    "200": { description: "The matching problems.", headers: validators, content: json(ref(problemListJsonSchema)) },
    "304": notModified,
    "400": errorResponse("A parameter is invalid; `parameter` names it."),
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Open Problems in Mechanistic Interpretability",
      version: "1",
      description:
        "Public, read-only data: problems, their claims' public fields, exports and Atom feeds. No key is needed, " +
        "any origin may read (CORS), and the JSON endpoints answer 304 to a current If-None-Match. " +
        "Errors are `{ error, parameter }`.",
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: "problems", description: "The catalogue and one problem." },
      { name: "export", description: "Everything at once, for spreadsheets and scripts." },
      { name: "feeds", description: "Recent activity as Atom feeds." },
    ],
    paths: {
      "/api/problems": {
        get: {
          operationId: "listProblems",
          tags: ["problems"],
          summary: "List problems",
          description: "Every live problem matching the filter, sorted by number. Values within a parameter are OR-ed, parameters AND-ed.",
          parameters: filterParameters(),
          responses: problemsResponses,
        },
      },
      "/api/problems/{number}": {
        get: {
          operationId: "getProblem",
          tags: ["problems"],
          summary: "One problem with its claims",
          description: "Archived problems are included, flagged `archived`.",
          parameters: Object.entries(problemPathParameters.shape).map(([name, field]) => parameter(name, field, "path")),
          responses: {
            "200": { description: "The problem.", headers: validators, content: json(ref(problemDetailJsonSchema)) },
            "304": notModified,
            "400": errorResponse("Not a problem number."),
            "404": errorResponse("No problem has this number."),
          },
        },
      },
      "/api/export.json": {
        get: {
          operationId: "exportJson",
          tags: ["export"],
          summary: "Export as JSON",
          description: "Every problem the filter matches with its claims (public fields), existing work and outcomes; ISO 8601 timestamps.",
          parameters: filterParameters(),
          responses: {
            "200": { description: "The export.", content: json({ type: "object" }) },
            "400": errorResponse("A parameter is invalid; `parameter` names it."),
          },
        },
      },
      "/api/export.csv": {
        get: {
          operationId: "exportCsv",
          tags: ["export"],
          summary: "Export as CSV",
          description: "The same rows as a spreadsheet: UTF-8, cells that could start a formula neutralised.",
          parameters: filterParameters(),
          responses: {
            "200": { description: "The export.", content: { "text/csv": { schema: { type: "string" } } } },
            "400": errorResponse("A parameter is invalid; `parameter` names it."),
          },
        },
      },
      "/feed.xml": { get: { operationId: "siteFeed", tags: ["feeds"], summary: "Site-wide activity feed", responses: feedResponses("new claims, progress notes, outcomes, existing work and content changes") } },
      "/problems/{number}/feed.xml": {
        get: {
          operationId: "problemFeed",
          tags: ["feeds"],
          summary: "One problem's activity feed",
          parameters: Object.entries(problemPathParameters.shape).map(([name, field]) => parameter(name, field, "path")),
          responses: { ...feedResponses("one problem's activity"), "404": { description: "No problem has this number." } },
        },
      },
      "/categories/{slug}/feed.xml": {
        get: {
          operationId: "categoryFeed",
          tags: ["feeds"],
          summary: "One category's activity feed",
          parameters: [parameter("slug", categorySlugParameter, "path")],
          responses: { ...feedResponses("a category's activity"), "404": { description: "No category has this slug." } },
        },
      },
      "/api/openapi.json": {
        get: {
          operationId: "openApiDocument",
          tags: ["problems"],
          summary: "This document",
          responses: { "200": { description: "The OpenAPI 3.1 document.", headers: validators, content: json({ type: "object" }) }, "304": notModified },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
