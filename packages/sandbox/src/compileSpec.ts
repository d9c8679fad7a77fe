// Part of the sandbox's own validator, independent of core's on purpose: see the header of validateConfig.ts.
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { sanitizeSpec } from "./sanitizeSpec.js";

type Json = Record<string, unknown>;

// ajv-formats is CommonJS: depending on the loader its default import is the plugin or its module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

let ajv: Ajv | undefined;
function getAjv(): Ajv {
  if (!ajv) {
    ajv = new Ajv({
      strict: false,
      allErrors: true,
      verbose: true,
      unicodeRegExp: false,
      validateSchema: false,
      logger: false,
    });
    addFormats(ajv);
  }
  return ajv;
}

export interface Compiled {
  validate: ValidateFunction;
  schema: Json | boolean;
}
const cache = new WeakMap<object, Compiled>();

function stripRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripRefs);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) if (key !== "$ref") out[key] = stripRefs(value);
  return out;
}

/** The sandbox's own ajv validator of a spec (see validateConfig.ts for why not core's), cached per spec object. */
export function compileSpec(spec: Json): Compiled {
  const cached = cache.get(spec);
  if (cached) return cached;
  const schema = sanitizeSpec(spec);
  let validate: ValidateFunction;
  try {
    validate = getAjv().compile(schema);
  } catch {
    // Unresolvable $ref: validate everything else rather than refusing every config.
    const withoutRefs = stripRefs(schema) as Json;
    try {
      validate = getAjv().compile(withoutRefs);
    } catch {
      validate = getAjv().compile({});
    }
  }
  const compiled = { validate, schema };
  cache.set(spec, compiled);
  return compiled;
}
