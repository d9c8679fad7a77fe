import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer } from "./appendPointer.js";
import type { ConfigError } from "./ConfigError.js";
import type { Failure } from "./compileFullConfig.js";
import type { JSONSchema } from "./JSONSchema.js";
import type { NormalizedSpec } from "./normalizeSpec.js";
import { parsePointer } from "./parsePointer.js";
import type { SpecEngine } from "./SpecEngine.js";
import type { SpecWarning } from "./SpecWarning.js";

/** The result of `validateFullConfig`. */
export interface ConfigValidationResult {
  valid: boolean;
  errors: ConfigError[];
  /** Normalisation warnings of the spec (e.g. a pattern dropped from validation). */
  warnings: SpecWarning[];
}

const FORMAT_LABELS: Readonly<Record<string, string>> = {
  date: "date (YYYY-MM-DD)",
  "date-time": "date and time (YYYY-MM-DDTHH:mm:ssZ)",
  time: "time (HH:mm:ss)",
  email: "email address",
  uri: "URL",
  url: "URL",
  hostname: "host name",
  ipv4: "IPv4 address",
  ipv6: "IPv6 address",
  uuid: "UUID",
};

const TYPE_LABELS: Readonly<Record<string, string>> = {
  string: "a text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "empty",
};

function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim();
  return words === "" ? key : words.charAt(0).toUpperCase() + words.slice(1);
}

function label(schema: unknown, key: string): string {
  if (isPlainObject(schema) && typeof schema.title === "string" && schema.title.trim() !== "")
    return schema.title;
  return humanize(key);
}

function describe(values: readonly unknown[]): string {
  const shown = values
    .slice(0, 10)
    .map((value) => (typeof value === "string" ? value : JSON.stringify(value)));
  return values.length > 10 ? `${shown.join(", ")}, …` : shown.join(", ");
}

/** Messages that only quote an ajv error param (`$name`: a schema constant or field name, never a value). */
const TEMPLATES: Readonly<Record<string, string>> = {
  pattern: "Must match the pattern: $pattern",
  minimum: "Must be at least $limit",
  maximum: "Must be at most $limit",
  exclusiveMinimum: "Must be greater than $limit",
  exclusiveMaximum: "Must be less than $limit",
  multipleOf: "Must be a multiple of $multipleOf",
  minLength: "Must be at least $limit characters",
  maxLength: "Must be at most $limit characters",
  minItems: "Must contain at least $limit items",
  maxItems: "Must contain at most $limit items",
  uniqueItems: "Items must be unique",
  additionalProperties: "Unknown field $additionalProperty",
  budget: "The connector specification is too complex to check here",
};

/** A human-readable message for one ajv error; never quotes the configuration value. */
function message(error: Failure, params: Record<string, unknown>): string {
  const parent = (isPlainObject(error.parentSchema) ? error.parentSchema : {}) as JSONSchema;
  const keyword = error.keyword;
  const descriptor = parent.pattern_descriptor;
  if ((keyword === "pattern" || keyword === "format") && typeof descriptor === "string" && descriptor) {
    return `Must match the format: ${descriptor}`;
  }
  switch (keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      return `${label(parent.properties && getOwn(parent.properties, missing), missing)} is required`;
    }
    case "format": {
      const format = String(params.format);
      return `Must be a valid ${FORMAT_LABELS[format] ?? format}`;
    }
    case "type":
      return `Must be ${String(params.type)
        .split(",")
        .map((type) => TYPE_LABELS[type] ?? type)
        .join(" or ")}`;
    case "enum":
      return `Must be one of: ${describe(isArray(params.allowedValues) ? params.allowedValues : [])}`;
    case "const":
      return `Must be ${describe([params.allowedValue])}`;
    case "oneOf":
      return `Choose one of the options of ${label(parent, parsePointer(error.instancePath).pop() ?? "")}`;
  }
  const template = TEMPLATES[keyword];
  return template
    ? template.replace(/\$(\w+)/g, (_match, name: string) => String(params[name]))
    : `Is not valid (${keyword})`;
}

/**
 * Whether an error belongs to the oneOf option the configuration selects (by discriminator). Errors of the other
 * options and ajv's "must match exactly one schema" are noise once an option is selected.
 */
function isRelevant(engine: SpecEngine, error: Failure, root: JSONSchema, config: unknown): boolean {
  const segments = parsePointer(error.schemaPath);
  const instance = parsePointer(error.instancePath);
  let schema: unknown = root;
  let data: unknown = config;
  let consumed = 0;
  const step = (): void => {
    const token = instance[consumed++];
    data =
      token !== undefined && typeof data === "object" && data !== null
        ? getOwn(data as Record<string, unknown>, token)
        : undefined;
  };
  for (let i = 0; i < segments.length; i++) {
    if (!isPlainObject(schema)) return true;
    const segment = segments[i] as string;
    const isLast = i === segments.length - 1;
    if (segment === "oneOf" && isArray(schema.oneOf)) {
      const options = schema.oneOf as JSONSchema[];
      const discriminator = engine.findDiscriminator(options);
      if (discriminator === null) return true;
      const selected = engine.selectOption(options, discriminator, data);
      if (isLast) return selected === null;
      const index = Number(segments[++i]);
      if (selected !== index) return false;
      schema = options[index];
      continue;
    }
    if (isLast) return true;
    if (segment === "properties") {
      const properties = schema.properties as Record<string, unknown> | undefined;
      schema = properties && getOwn(properties, segments[++i] as string);
      step();
    } else if (segment === "items" || segment === "additionalProperties") {
      schema = schema[segment];
      if (isArray(schema)) schema = schema[Number(segments[++i])];
      step();
    } else if (segment === "anyOf" || segment === "allOf") {
      schema = (schema[segment] as unknown[] | undefined)?.[Number(segments[++i])];
    } else {
      return true;
    }
  }
  return true;
}

/**
 * `validateFullConfig` with the spec engine (`coreSpecEngine`) taken from the caller, as the on-demand submit
 * pipeline does (see `SpecEngine`).
 */
export function validateFullConfigWith(
  engine: SpecEngine,
  spec: JSONSchema,
  config: unknown,
): ConfigValidationResult {
  return validateNormalizedConfigWith(engine, engine.normalizeSpec(spec), config);
}

/**
 * `validateFullConfigWith` against a spec that is normalised already: `normalizeSpec`'s result, or a view of it
 * that only drops properties or requires declared ones (`toOAuthSchema`'s), which normalising again would not
 * change for validation. A submit of an OAuth form then does not normalise the OAuth view (15 ms on the largest
 * real spec).
 */
export function validateNormalizedConfigWith(
  engine: SpecEngine,
  normalized: NormalizedSpec,
  config: unknown,
): ConfigValidationResult {
  const { failures, warnings } = engine.runFullConfig(normalized.schema, normalized.warnings, config);
  if (failures === null) {
    return {
      valid: false,
      errors: [
        {
          path: "",
          message: "The connector specification cannot be used for validation",
          keyword: "schema",
          params: { reason: "unavailable" },
        },
      ],
      warnings,
    };
  }
  if (failures.length === 0) return { valid: true, errors: [], warnings };
  const seen = new Set<string>();
  const errors: ConfigError[] = [];
  for (const error of failures) {
    if (!isRelevant(engine, error, normalized.schema, config)) continue;
    const { keyword, instancePath } = error;
    const params = error.params as Record<string, unknown>;
    // Missing and unknown fields are reported on the field itself, not on the object holding it.
    const field =
      keyword === "required"
        ? params.missingProperty
        : keyword === "additionalProperties"
          ? params.additionalProperty
          : undefined;
    const entry: ConfigError = {
      path: field === undefined ? instancePath : appendPointer(instancePath, String(field)),
      message: message(error, params),
      keyword,
      params,
    };
    const key = `${entry.path}\u0000${entry.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(entry);
  }
  if (errors.length === 0) {
    errors.push({
      path: "",
      message: "The configuration is not valid",
      keyword: "schema",
      params: { reason: "invalid" },
    });
  }
  return { valid: false, errors, warnings };
}
