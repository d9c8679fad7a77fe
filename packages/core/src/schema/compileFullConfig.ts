import { Ajv, type Options } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import ajvFormats from "ajv-formats";
import { canCompileSchemas } from "./canCompileSchemas.js";
import type { SchemaError } from "./interpretSchema.js";
import type { JSONSchema } from "./JSONSchema.js";
import { safeRegExp } from "./safeRegExp.js";

/** A failure as ajv and `interpretSchema` both report it. */
export type Failure = Omit<SchemaError, "parentSchema"> & { parentSchema?: unknown };

/** What compiling a normalised spec with ajv gave: a validator, or `null` where ajv could not compile it. */
export interface CompiledFullConfig {
  run: ((config: unknown) => readonly Failure[]) | null;
  /** Set when ajv itself rejected the spec (not when the page forbids eval). */
  failed: boolean;
}

/** Airbyte (and other UI) keywords: annotations for the validator, with no validation effect. */
const ANNOTATION_KEYWORDS =
  "airbyte_secret airbyte_hidden order always_show multiline group groups display_type pattern_descriptor examples airbyte_type name".split(
    " ",
  );

type FormatsPlugin = (ajv: Ajv) => Ajv;
// ajv-formats is CommonJS: depending on the loader the default import is the plugin or its module object.
const addFormats: FormatsPlugin =
  (ajvFormats as unknown as { default?: FormatsPlugin }).default ?? (ajvFormats as unknown as FormatsPlugin);

const AJV_OPTIONS: Options = {
  strict: false,
  // `required` checks own keys: a missing field named `constructor` or `__proto__` is missing, not inherited.
  ownProperties: true,
  allErrors: true,
  verbose: true,
  logger: false,
  addUsedSchema: false,
  validateSchema: false,
  // Patterns that could freeze the page, and very long values, are left to the server.
  code: { regExp: safeRegExp },
};

let draft07: Ajv | undefined;
let draft2019: Ajv | undefined;

function ajvFor(schema: JSONSchema): Ajv {
  const is2019 = typeof schema.$schema === "string" && schema.$schema.includes("2019-09");
  if (is2019) {
    draft2019 ??= configure(new Ajv2019(AJV_OPTIONS) as unknown as Ajv);
    return draft2019;
  }
  draft07 ??= configure(new Ajv(AJV_OPTIONS));
  return draft07;
}

function configure(ajv: Ajv): Ajv {
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) {
    try {
      if (!ajv.getKeyword(keyword)) ajv.addKeyword(keyword);
    } catch {
      // Already known to this ajv draft (e.g. `examples` is a draft-07 annotation).
    }
  }
  return ajv;
}

const compiled = new WeakMap<JSONSchema, CompiledFullConfig>();

/** The schema as ajv and the interpreter take it: without `$schema` and `$id` (never fetched or registered). */
export function validationBody(schema: JSONSchema): JSONSchema {
  const { $schema: _schema, $id: _id, ...body } = schema;
  return body;
}

/** The ajv validator of a normalised spec once {@link compileFullConfig} has compiled it; `undefined` before. */
export function compiledFullConfig(schema: JSONSchema): CompiledFullConfig | undefined {
  return compiled.get(schema);
}

/**
 * Compiles a normalised spec with ajv (draft-07, or 2019-09 when declared; formats; Airbyte annotation keywords),
 * once per schema object. This is the slow step (up to half a second on the largest real spec on a slow machine),
 * which is why the React layer runs it in idle time and validates with the interpreter until it is done.
 * On a page that forbids eval nothing is compiled (`run: null`, not cached, `failed: false`).
 */
export function compileFullConfig(schema: JSONSchema): CompiledFullConfig {
  const cached = compiled.get(schema);
  if (cached) return cached;
  if (!canCompileSchemas()) return { run: null, failed: false };
  let result: CompiledFullConfig;
  try {
    const validate = ajvFor(schema).compile(validationBody(schema));
    result = { run: (config) => (validate(config) ? [] : (validate.errors ?? [])), failed: false };
  } catch {
    result = { run: null, failed: true };
  }
  compiled.set(schema, result);
  return result;
}
