// The sandbox validates configs on its own, with its own ajv setup and FastAPI/pydantic-shaped errors, and
// deliberately does not reuse @credential-form/core's validateFullConfig: the sandbox emulates Airbyte's server,
// which is an independent validator, so a bug in core's validation shows up as a disagreement instead of being
// copied into the emulator. packages/test-utils/src/validatorsAgree.test.ts keeps the two in step on required
// fields and oneOf discriminators over every spec of the registry fixture.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { sanitizeSpec } from "./sanitizeSpec.js";

/** One error in FastAPI/pydantic shape: `loc` points at the field. */
export interface FastApiError {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** Options of {@link validateConfig}. */
export interface ValidateConfigOptions {
  /** Prepended to every `loc`, e.g. `["body", "connection_configuration"]`. */
  locPrefix: (string | number)[];
  /** Drops "Field required" errors (used to check partial template defaults). */
  ignoreMissing?: boolean;
}

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

interface Compiled {
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

function compile(spec: Json): Compiled {
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

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function constOf(schema: unknown): string | number | boolean | undefined {
  if (!isRecord(schema)) return undefined;
  const value =
    "const" in schema
      ? schema.const
      : Array.isArray(schema.enum) && schema.enum.length === 1
        ? schema.enum[0]
        : undefined;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : undefined;
}

/** The property whose `const` tells the options of a oneOf apart (e.g. `auth_type`), if any. */
function discriminatorOf(options: unknown[]): string | null {
  const first = options[0];
  if (!isRecord(first) || !isRecord(first.properties)) return null;
  const candidates = Object.keys(first.properties).filter((key) =>
    options.every(
      (option) =>
        isRecord(option) && isRecord(option.properties) && constOf(option.properties[key]) !== undefined,
    ),
  );
  const required = candidates.find((key) =>
    options.every(
      (option) => isRecord(option) && Array.isArray(option.required) && option.required.includes(key),
    ),
  );
  return required ?? candidates[0] ?? null;
}

function quote(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : JSON.stringify(value);
}

function listOf(values: unknown[]): string {
  const quoted = values.map(quote);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

function plural(n: unknown, word: string): string {
  return `${String(n)} ${word}${n === 1 ? "" : "s"}`;
}

const TYPE_MESSAGES: Record<string, [string, string]> = {
  string: ["Input should be a valid string", "string_type"],
  integer: ["Input should be a valid integer", "int_type"],
  number: ["Input should be a valid number", "float_type"],
  boolean: ["Input should be a valid boolean", "bool_type"],
  object: ["Input should be a valid dictionary", "dict_type"],
  array: ["Input should be a valid list", "list_type"],
  null: ["Input should be None", "none_required"],
};

function describe(error: ErrorObject): { extra: string | null; msg: string; type: string } {
  const params = error.params as Record<string, unknown>;
  const parent = isRecord(error.parentSchema) ? error.parentSchema : {};
  switch (error.keyword) {
    case "required":
      return { extra: String(params.missingProperty), msg: "Field required", type: "missing" };
    case "additionalProperties":
      return {
        extra: String(params.additionalProperty),
        msg: "Extra inputs are not permitted",
        type: "extra_forbidden",
      };
    case "type": {
      const first = String(params.type).split(",")[0] ?? "";
      const [msg, type] = TYPE_MESSAGES[first] ?? [
        `Input should be of type ${String(params.type)}`,
        "type_error",
      ];
      return { extra: null, msg, type };
    }
    case "pattern": {
      const hint = typeof parent.pattern_descriptor === "string" ? ` (${parent.pattern_descriptor})` : "";
      return {
        extra: null,
        msg: `String should match pattern '${String(params.pattern)}'${hint}`,
        type: "string_pattern_mismatch",
      };
    }
    case "format": {
      const format = String(params.format);
      if (format === "date-time")
        return {
          extra: null,
          msg: "Input should be a valid datetime (YYYY-MM-DDTHH:mm:ssZ)",
          type: "datetime_parsing",
        };
      if (format === "date")
        return { extra: null, msg: "Input should be a valid date (YYYY-MM-DD)", type: "date_parsing" };
      return { extra: null, msg: `Input should be a valid ${format}`, type: "value_error" };
    }
    case "minimum":
      return {
        extra: null,
        msg: `Input should be greater than or equal to ${String(params.limit)}`,
        type: "greater_than_equal",
      };
    case "maximum":
      return {
        extra: null,
        msg: `Input should be less than or equal to ${String(params.limit)}`,
        type: "less_than_equal",
      };
    case "exclusiveMinimum":
      return {
        extra: null,
        msg: `Input should be greater than ${String(params.limit)}`,
        type: "greater_than",
      };
    case "exclusiveMaximum":
      return { extra: null, msg: `Input should be less than ${String(params.limit)}`, type: "less_than" };
    case "multipleOf":
      return {
        extra: null,
        msg: `Input should be a multiple of ${String(params.multipleOf)}`,
        type: "multiple_of",
      };
    case "minLength":
      return {
        extra: null,
        msg: `String should have at least ${plural(params.limit, "character")}`,
        type: "string_too_short",
      };
    case "maxLength":
      return {
        extra: null,
        msg: `String should have at most ${plural(params.limit, "character")}`,
        type: "string_too_long",
      };
    case "minItems":
      return {
        extra: null,
        msg: `List should have at least ${plural(params.limit, "item")}`,
        type: "too_short",
      };
    case "maxItems":
      return {
        extra: null,
        msg: `List should have at most ${plural(params.limit, "item")}`,
        type: "too_long",
      };
    case "uniqueItems":
      return { extra: null, msg: "List items should be unique", type: "value_error" };
    case "enum":
      return {
        extra: null,
        msg: `Input should be ${listOf((params.allowedValues as unknown[]) ?? [])}`,
        type: "enum",
      };
    case "const":
      return { extra: null, msg: `Input should be ${quote(params.allowedValue)}`, type: "literal_error" };
    case "oneOf":
      return { extra: null, msg: "Input should match exactly one of the options", type: "union_tag_invalid" };
    default:
      return { extra: null, msg: `Value error, ${error.message ?? "invalid value"}`, type: "value_error" };
  }
}

/** Converts an Ajv instance path into `loc` segments, numbers for array indexes. */
function locOf(instancePath: string, data: unknown): (string | number)[] {
  if (instancePath === "") return [];
  const loc: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of instancePath.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const index = Number(segment);
      loc.push(index);
      node = node[index];
    } else {
      loc.push(segment);
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return loc;
}

function within(error: ErrorObject, oneOf: ErrorObject, branch: number): boolean {
  return (
    error.schemaPath.startsWith(`${oneOf.schemaPath}/${branch}/`) &&
    (error.instancePath === oneOf.instancePath || error.instancePath.startsWith(`${oneOf.instancePath}/`))
  );
}

/**
 * Validates a full connector configuration against its real spec (draft-07, all errors, formats) and
 * returns FastAPI-style errors. For a oneOf, only the option selected by its `const` discriminator is
 * reported. Messages never contain the submitted values.
 */
export function validateConfig(spec: Json, config: unknown, options: ValidateConfigOptions): FastApiError[] {
  const { validate } = compile(spec);
  if (validate(config)) return [];
  const all = [...(validate.errors ?? [])];
  const dropped = new Set<ErrorObject>();
  const extra: { error: ErrorObject; loc: (string | number)[]; msg: string; type: string }[] = [];

  const oneOfs = all
    .filter((e) => e.keyword === "oneOf")
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const oneOf of oneOfs) {
    if (dropped.has(oneOf)) continue;
    dropped.add(oneOf);
    const branches = Array.isArray(oneOf.schema) ? (oneOf.schema as unknown[]) : [];
    const value = oneOf.data;
    const discriminator = discriminatorOf(branches);
    let chosen: number | undefined;
    if (discriminator && isRecord(value) && value[discriminator] !== undefined) {
      chosen = branches.findIndex(
        (b) =>
          isRecord(b) &&
          isRecord(b.properties) &&
          constOf(b.properties[discriminator]) === value[discriminator],
      );
      if (chosen === -1) {
        for (const e of all) if (branches.some((_, i) => within(e, oneOf, i))) dropped.add(e);
        const allowed = branches.map((b) =>
          isRecord(b) && isRecord(b.properties) ? constOf(b.properties[discriminator]) : undefined,
        );
        extra.push({
          error: oneOf,
          loc: [...locOf(oneOf.instancePath, config), discriminator],
          msg: `Input should be ${listOf(allowed)}`,
          type: "literal_error",
        });
        continue;
      }
    }
    const passing = (oneOf.params as { passingSchemas?: number[] | null }).passingSchemas;
    if (Array.isArray(passing) && (chosen === undefined || passing.includes(chosen))) {
      // Several options match: the discriminator (or any of them) decides, as Airbyte's UI does.
      for (const e of all) if (branches.some((_, i) => within(e, oneOf, i))) dropped.add(e);
      continue;
    }
    if (chosen === undefined) {
      let fewest = Number.POSITIVE_INFINITY;
      branches.forEach((_, i) => {
        const count = all.filter((e) => !dropped.has(e) && within(e, oneOf, i)).length;
        if (count < fewest) {
          fewest = count;
          chosen = i;
        }
      });
    }
    for (const e of all) {
      if (branches.some((_, i) => i !== chosen && within(e, oneOf, i))) dropped.add(e);
    }
  }

  const seen = new Set<string>();
  const result: FastApiError[] = [];
  const push = (loc: (string | number)[], msg: string, type: string) => {
    if (options.ignoreMissing && type === "missing") return;
    const key = JSON.stringify([loc, type]);
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ loc: [...options.locPrefix, ...loc], msg, type });
  };
  for (const error of all) {
    if (dropped.has(error)) continue;
    const { extra: tail, msg, type } = describe(error);
    const loc = locOf(error.instancePath, config);
    push(tail === null ? loc : [...loc, tail], msg, type);
  }
  for (const e of extra) push(e.loc, e.msg, e.type);
  return result;
}
