import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer } from "./appendPointer.js";
import { constValue } from "./constValue.js";
import { findDiscriminator } from "./findDiscriminator.js";
import type { JSONSchema, JSONSchemaTypeName } from "./JSONSchema.js";
import { repairPattern } from "./repairPattern.js";
import { SpecError } from "./SpecError.js";
import type { SpecWarning, SpecWarningCode } from "./SpecWarning.js";

/** The result of `normalizeSpec`: a cleaned copy of the spec and what was fixed on the way. */
export interface NormalizedSpec {
  schema: JSONSchema;
  warnings: SpecWarning[];
}

/** Keyword misspellings found in real specs, mapped to the keyword they mean. */
const KEYWORD_TYPOS: Readonly<Record<string, string>> = {
  tittle: "title",
  'title"': "title",
  desciption: "description",
  desciprtion: "description",
  descripton: "description",
  mininum: "minimum",
  maxitems: "maxItems",
  minitems: "minItems",
  maxlength: "maxLength",
  minlength: "minLength",
};

/** Aliases only meaningful on numeric fields (`min`/`max` in database connectors). */
const NUMERIC_ALIASES: Readonly<Record<string, string>> = { min: "minimum", max: "maximum" };

const NUMERIC_KEYWORDS = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "order",
] as const;

const TYPE_NAMES: ReadonlySet<string> = new Set([
  "object",
  "array",
  "string",
  "number",
  "integer",
  "boolean",
  "null",
]);

/** Formats ajv-formats knows; anything else is dropped (ajv would only log it). */
const KNOWN_FORMATS: ReadonlySet<string> = new Set([
  "date",
  "time",
  "date-time",
  "iso-time",
  "iso-date-time",
  "duration",
  "uri",
  "uri-reference",
  "uri-template",
  "url",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "regex",
  "uuid",
  "json-pointer",
  "json-pointer-uri-fragment",
  "relative-json-pointer",
  "byte",
  "int32",
  "int64",
  "float",
  "double",
  "password",
  "binary",
]);

/** Keywords a schema node may legitimately carry; anything else that looks like a schema is a stray property. */
const KNOWN_KEYWORDS: ReadonlySet<string> = new Set([
  "$schema",
  "$id",
  "$ref",
  "$comment",
  "$defs",
  "definitions",
  "type",
  "title",
  "description",
  "default",
  "examples",
  "enum",
  "const",
  "properties",
  "patternProperties",
  "additionalProperties",
  "required",
  "propertyNames",
  "dependencies",
  "dependentRequired",
  "dependentSchemas",
  "items",
  "additionalItems",
  "contains",
  "oneOf",
  "anyOf",
  "allOf",
  "not",
  "if",
  "then",
  "else",
  "format",
  "pattern",
  "readOnly",
  "writeOnly",
  "deprecated",
  ...NUMERIC_KEYWORDS,
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "airbyte_secret",
  "airbyte_hidden",
  "always_show",
  "multiline",
  "group",
  "groups",
  "display_type",
  "pattern_descriptor",
]);

const SCHEMA_MAP_KEYWORDS = ["properties", "patternProperties", "definitions", "$defs"] as const;
const SCHEMA_LIST_KEYWORDS = ["oneOf", "anyOf", "allOf"] as const;
const SCHEMA_KEYWORDS = [
  "additionalProperties",
  "additionalItems",
  "not",
  "if",
  "then",
  "else",
  "contains",
] as const;

const cache = new WeakMap<object, NormalizedSpec>();

class Normalizer {
  readonly warnings: SpecWarning[] = [];

  warn(path: string, code: SpecWarningCode, message: string): void {
    this.warnings.push({ path, code, message });
  }

  /** Normalises one schema node (recursively); never throws. */
  node(raw: unknown, path: string): JSONSchema {
    let input: Record<string, unknown> = {};
    if (isPlainObject(raw)) input = raw;
    else if (raw !== true)
      this.warn(path, "invalid_schema", "Not a schema object; replaced by an empty schema");
    const node: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) {
      const fixed = KEYWORD_TYPOS[key];
      if (fixed !== undefined) {
        if (input[fixed] === undefined) {
          node[fixed] = value;
          this.warn(path, "keyword_typo", `Keyword "${key}" read as "${fixed}"`);
        } else {
          this.warn(path, "keyword_typo", `Keyword "${key}" ignored: "${fixed}" is also present`);
        }
        continue;
      }
      if (node[key] === undefined) node[key] = value;
    }

    this.children(node, path);
    this.inlineAllOf(node, path);
    this.strayProperties(node, path);
    this.required(node, path);
    this.type(node, path);
    this.numbers(node, path);
    this.pattern(node, path);
    this.format(node, path);
    this.examples(node, path);
    this.enumAndDefault(node, path);
    this.annotations(node, path);
    return node as JSONSchema;
  }

  children(node: Record<string, unknown>, path: string): void {
    for (const keyword of SCHEMA_MAP_KEYWORDS) {
      const value = node[keyword];
      if (value === undefined) continue;
      if (!isPlainObject(value)) {
        this.warn(
          appendPointer(path, keyword),
          "invalid_keyword_value",
          `"${keyword}" is not an object; dropped`,
        );
        delete node[keyword];
        continue;
      }
      const out: Record<string, JSONSchema> = {};
      for (const [name, child] of Object.entries(value)) {
        out[name] = this.node(child, appendPointer(appendPointer(path, keyword), name));
      }
      node[keyword] = out;
    }
    for (const keyword of SCHEMA_LIST_KEYWORDS) {
      const value = node[keyword];
      if (value === undefined) continue;
      if (!Array.isArray(value) || value.length === 0) {
        this.warn(
          appendPointer(path, keyword),
          "invalid_keyword_value",
          `"${keyword}" is not a non-empty array; dropped`,
        );
        delete node[keyword];
        continue;
      }
      node[keyword] = value.map((child, index) =>
        this.node(child, appendPointer(appendPointer(path, keyword), index)),
      );
    }
    for (const keyword of SCHEMA_KEYWORDS) {
      const value = node[keyword];
      if (value === undefined || typeof value === "boolean") continue;
      node[keyword] = this.node(value, appendPointer(path, keyword));
    }
    const items = node.items;
    if (Array.isArray(items)) {
      node.items = items.map((child, index) =>
        this.node(child, appendPointer(appendPointer(path, "items"), index)),
      );
    } else if (items !== undefined) {
      node.items = this.node(items, appendPointer(path, "items"));
    }
  }

  /** Inlines `allOf` of plain sub-schemas (the parent's own keywords win) so forms see one schema. */
  inlineAllOf(node: Record<string, unknown>, path: string): void {
    const parts = node.allOf;
    if (!Array.isArray(parts)) return;
    if (parts.some((part: JSONSchema) => part.$ref !== undefined)) return;
    delete node.allOf;
    for (const part of parts as JSONSchema[]) {
      for (const [key, value] of Object.entries(part)) {
        if (key === "properties" && isPlainObject(value)) {
          node.properties = { ...value, ...(isPlainObject(node.properties) ? node.properties : {}) };
        } else if (key === "required" && Array.isArray(value)) {
          node.required = [...(Array.isArray(node.required) ? node.required : []), ...value];
        } else if (node[key] === undefined) {
          node[key] = value;
        }
      }
    }
    this.warn(path, "allof_inlined", "allOf merged into its parent schema");
  }

  /** Some specs put child schemas directly on an untyped node instead of under `properties`. */
  strayProperties(node: Record<string, unknown>, path: string): void {
    if (node.type !== undefined || node.properties !== undefined || node.oneOf !== undefined) return;
    const stray = Object.entries(node).filter(
      ([key, value]) => !KNOWN_KEYWORDS.has(key) && isPlainObject(value) && typeof value.type === "string",
    );
    if (stray.length === 0) return;
    const properties: Record<string, JSONSchema> = {};
    for (const [key, value] of stray) {
      properties[key] = this.node(value, appendPointer(appendPointer(path, "properties"), key));
      delete node[key];
    }
    node.properties = properties;
    this.warn(
      path,
      "stray_properties",
      `Child schemas ${stray.map(([key]) => `"${key}"`).join(", ")} moved under "properties"`,
    );
  }

  required(node: Record<string, unknown>, path: string): void {
    const required = node.required;
    if (required === undefined) return;
    if (!Array.isArray(required)) {
      this.warn(appendPointer(path, "required"), "invalid_required", '"required" is not an array; dropped');
      delete node.required;
      return;
    }
    const names = required.filter((name): name is string => typeof name === "string");
    const unique = [...new Set(names)];
    if (names.length !== required.length) {
      this.warn(
        appendPointer(path, "required"),
        "invalid_required",
        "Non-string entries dropped from required",
      );
    }
    if (unique.length !== names.length) {
      this.warn(
        appendPointer(path, "required"),
        "duplicate_required",
        "Duplicate entries removed from required",
      );
    }
    node.required = unique;
  }

  type(node: Record<string, unknown>, path: string): void {
    const declared = node.type;
    if (declared !== undefined) {
      const list = Array.isArray(declared) ? declared : [declared];
      const valid = list.filter(
        (name): name is JSONSchemaTypeName => typeof name === "string" && TYPE_NAMES.has(name),
      );
      if (valid.length === list.length) return;
      this.warn(appendPointer(path, "type"), "invalid_keyword_value", "Unknown type names dropped");
      if (valid.length > 0) {
        node.type = valid.length === 1 ? valid[0] : valid;
        return;
      }
      delete node.type;
    }
    if (path === "" || node.$ref !== undefined || node.anyOf !== undefined) {
      if (path === "") node.type = "object";
      return;
    }
    const inferred = inferType(node);
    if (inferred === null) return;
    node.type = inferred;
    this.warn(path, "missing_type", `Missing "type" inferred as "${inferred}"`);
  }

  numbers(node: Record<string, unknown>, path: string): void {
    const numeric = node.type === "number" || node.type === "integer";
    for (const [alias, keyword] of Object.entries(NUMERIC_ALIASES)) {
      if (node[alias] === undefined) continue;
      if (numeric && typeof node[alias] === "number" && node[keyword] === undefined) {
        node[keyword] = node[alias];
        this.warn(path, "keyword_typo", `Keyword "${alias}" read as "${keyword}"`);
        delete node[alias];
      }
    }
    for (const keyword of NUMERIC_KEYWORDS) {
      const value = node[keyword];
      if (value === undefined || (typeof value === "number" && Number.isFinite(value))) continue;
      const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
      if (Number.isFinite(parsed)) {
        node[keyword] = parsed;
      } else {
        delete node[keyword];
      }
      this.warn(appendPointer(path, keyword), "invalid_keyword_value", `"${keyword}" is not a number`);
    }
  }

  pattern(node: Record<string, unknown>, path: string): void {
    const pattern = node.pattern;
    if (pattern === undefined) return;
    const at = appendPointer(path, "pattern");
    if (typeof pattern !== "string") {
      delete node.pattern;
      this.warn(at, "invalid_pattern", '"pattern" is not a string; dropped');
      return;
    }
    const repaired = repairPattern(pattern);
    if (repaired === pattern) return;
    if (repaired === null) {
      delete node.pattern;
      this.warn(
        at,
        "invalid_pattern",
        "Pattern does not compile as a JavaScript unicode regular expression; dropped",
      );
      return;
    }
    node.pattern = repaired;
    this.warn(at, "pattern_repaired", "Escapes invalid under the unicode flag removed from the pattern");
  }

  format(node: Record<string, unknown>, path: string): void {
    const format = node.format;
    if (format === undefined || (typeof format === "string" && KNOWN_FORMATS.has(format))) return;
    delete node.format;
    this.warn(appendPointer(path, "format"), "unknown_format", "Unknown format dropped");
  }

  examples(node: Record<string, unknown>, path: string): void {
    const examples = node.examples;
    if (examples === undefined) return;
    const at = appendPointer(path, "examples");
    const items = node.items;
    if (
      node.type === "array" &&
      Array.isArray(examples) &&
      isPlainObject(items) &&
      items.examples === undefined &&
      examples.length > 0 &&
      !examples.some(Array.isArray)
    ) {
      // Examples of item values written on the array: they belong to the items (placeholder of each entry).
      const itemExamples = examples.flatMap((example) => {
        const coerced = coerceExample(example, items.type);
        return coerced === undefined ? [] : [coerced];
      });
      delete node.examples;
      if (itemExamples.length > 0) node.items = { ...items, examples: itemExamples };
      this.warn(at, "invalid_examples", "Examples of item values moved from the array to its items");
      return;
    }
    const list = Array.isArray(examples) ? examples : [examples];
    const kept = list.flatMap((example) => {
      const coerced = coerceExample(example, node.type);
      return coerced === undefined ? [] : [coerced];
    });
    const changed =
      !Array.isArray(examples) ||
      kept.length !== list.length ||
      kept.some((value, index) => value !== list[index]);
    if (!changed) return;
    if (kept.length === 0) delete node.examples;
    else node.examples = kept;
    this.warn(at, "invalid_examples", "Examples not matching the field type were converted or dropped");
  }

  enumAndDefault(node: Record<string, unknown>, path: string): void {
    if (node.enum !== undefined && (!Array.isArray(node.enum) || node.enum.length === 0)) {
      delete node.enum;
      this.warn(
        appendPointer(path, "enum"),
        "invalid_keyword_value",
        '"enum" is not a non-empty array; dropped',
      );
    }
    if (node.type === "array" && Array.isArray(node.enum) && !node.enum.some(Array.isArray)) {
      // An enum of item values on the array itself: no array could ever match it; it means "items from this list".
      const items = isPlainObject(node.items) ? node.items : {};
      if (items.enum === undefined) {
        const itemType = inferType({ enum: node.enum });
        node.items = {
          ...items,
          ...(itemType !== null && items.type === undefined ? { type: itemType } : {}),
          enum: node.enum,
        };
      }
      delete node.enum;
      this.warn(
        appendPointer(path, "enum"),
        "misplaced_enum",
        "Enum of item values moved from the array to its items",
      );
    }
    const options = node.oneOf as JSONSchema[] | undefined;
    if (!options || node.default === undefined || isPlainObject(node.default)) return;
    const at = appendPointer(path, "default");
    const discriminator = findDiscriminator(options);
    const named = node.default;
    const option = options.find(
      (candidate) =>
        (discriminator !== null &&
          JSON.stringify(constValue(candidate.properties?.[discriminator])) === JSON.stringify(named)) ||
        (typeof named === "string" &&
          typeof candidate.title === "string" &&
          candidate.title.toLowerCase() === named.toLowerCase()),
    );
    if (option && discriminator !== null) {
      node.default = { [discriminator]: constValue(option.properties?.[discriminator]) };
      this.warn(
        at,
        "oneof_default_option",
        "oneOf default naming an option replaced by that option's discriminator",
      );
    } else {
      delete node.default;
      this.warn(at, "oneof_default_option", "oneOf default is not an object and names no option; dropped");
    }
  }

  annotations(node: Record<string, unknown>, path: string): void {
    for (const keyword of ["title", "description", "pattern_descriptor", "group"] as const) {
      const value = node[keyword];
      if (value === undefined || typeof value === "string") continue;
      if (typeof value === "number" || typeof value === "boolean") node[keyword] = String(value);
      else delete node[keyword];
      this.warn(appendPointer(path, keyword), "invalid_keyword_value", `"${keyword}" is not a string`);
    }
    for (const keyword of ["airbyte_secret", "airbyte_hidden", "always_show", "multiline"] as const) {
      const value = node[keyword];
      if (value === undefined || typeof value === "boolean") continue;
      node[keyword] = value === "true";
      this.warn(appendPointer(path, keyword), "invalid_keyword_value", `"${keyword}" is not a boolean`);
    }
    if (
      node.display_type !== undefined &&
      node.display_type !== "dropdown" &&
      node.display_type !== "radio"
    ) {
      delete node.display_type;
      this.warn(appendPointer(path, "display_type"), "invalid_keyword_value", "Unknown display_type dropped");
    }
    if (node.groups !== undefined) {
      const groups = Array.isArray(node.groups)
        ? node.groups.filter(
            (group): group is { id: string } => isPlainObject(group) && typeof group.id === "string",
          )
        : [];
      if (!Array.isArray(node.groups) || groups.length !== node.groups.length) {
        this.warn(appendPointer(path, "groups"), "invalid_keyword_value", "Groups without an id dropped");
      }
      node.groups = groups;
    }
  }
}

function typeOfValue(value: unknown): JSONSchemaTypeName | null {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "object") return "object";
  return null;
}

function inferType(node: Record<string, unknown>): JSONSchemaTypeName | null {
  if (node.const !== undefined) return typeOfValue(node.const);
  if (Array.isArray(node.enum) && node.enum.length > 0) {
    const types = new Set(node.enum.map(typeOfValue));
    if (types.size === 1) return [...types][0] ?? null;
    if ([...types].every((type) => type === "integer" || type === "number")) return "number";
    return null;
  }
  if (node.properties !== undefined || node.oneOf !== undefined || node.required !== undefined)
    return "object";
  if (node.items !== undefined || node.minItems !== undefined || node.maxItems !== undefined) return "array";
  if (node.pattern !== undefined || node.format !== undefined || node.minLength !== undefined)
    return "string";
  if (node.minimum !== undefined || node.maximum !== undefined) return "number";
  if (node.default !== undefined) return typeOfValue(node.default);
  if (node.additionalProperties !== undefined) return "object";
  return "string";
}

function coerceExample(example: unknown, type: unknown): unknown {
  const types = Array.isArray(type) ? type : type === undefined ? [] : [type];
  if (types.length === 0) return example;
  const actual = typeOfValue(example);
  if (actual !== null && (types.includes(actual) || (actual === "integer" && types.includes("number"))))
    return example;
  if (typeof example === "string" && (types.includes("integer") || types.includes("number"))) {
    const parsed = Number(example);
    if (
      example.trim() !== "" &&
      Number.isFinite(parsed) &&
      (types.includes("number") || Number.isInteger(parsed))
    ) {
      return parsed;
    }
  }
  if ((typeof example === "number" || typeof example === "boolean") && types.includes("string"))
    return String(example);
  return undefined;
}

/**
 * Returns a cleaned copy of a connector spec: keyword typos fixed, duplicate `required` removed, patterns made
 * valid under the `u` flag (or dropped), missing `type` inferred, wrong-typed `examples` converted or dropped,
 * oneOf `default`s naming an option turned into that option's discriminator. Pure (the input is never mutated),
 * cached per input object, and never throws for an object input.
 */
export function normalizeSpec(spec: unknown): NormalizedSpec {
  if (!isPlainObject(spec)) {
    throw new SpecError("not_an_object", "A connector specification must be a JSON object");
  }
  const cached = cache.get(spec);
  if (cached) return cached;
  const normalizer = new Normalizer();
  const schema = normalizer.node(spec, "");
  const result: NormalizedSpec = { schema, warnings: normalizer.warnings };
  cache.set(spec, result);
  // Normalising an already normalised schema is a no-op, so hand back the same result (and caches keyed on it).
  cache.set(schema, result);
  return result;
}
