import {
  constValue,
  findDiscriminator,
  isPlainObject,
  type JSONSchema,
  normalizeSpec,
  validateFullConfig,
} from "@credential-form/core";
import fc from "fast-check";
import { mulberry32 } from "./mulberry32.js";

/** Options of `sampleValidInput`. */
export interface SampleOptions {
  /** Seed of the choices (oneOf options, enum values, numbers); without it the first choices are taken. */
  seed?: number;
}

type Random = () => number;

interface Settings {
  /** "input": required fields always filled; "defaults": any field may or may not be set. */
  mode: "input" | "defaults";
  /** Probability of including a field that is not required (input) or of setting any field (defaults). */
  include: number;
  random: Random | null;
  seed: number;
}

const MAX_DEPTH = 8;

function pick<T>(settings: Settings, values: readonly T[]): T | undefined {
  if (values.length === 0) return undefined;
  if (settings.random === null) return values[0];
  return values[Math.floor(settings.random() * values.length)];
}

function chance(settings: Settings, probability: number): boolean {
  return settings.random !== null && settings.random() < probability;
}

const leafWrappers = new WeakMap<JSONSchema, JSONSchema>();

/** Whether one value satisfies one leaf schema, checked by the library's own validator. */
function leafAccepts(schema: JSONSchema, value: unknown): boolean {
  let wrapper = leafWrappers.get(schema);
  if (!wrapper) {
    wrapper = { type: "object", properties: { v: schema }, required: ["v"] };
    leafWrappers.set(schema, wrapper);
  }
  return validateFullConfig(wrapper, { v: value }).valid;
}

const DATE_TIMES = [
  "2024-01-15T00:00:00Z",
  "2024-01-15T00:00:00.000Z",
  "2024-01-15T00:00:00.000000Z",
  "2024-01-15T00:00:00+00:00",
  "2024-01-15T00:00:00",
  "2024-01-15 00:00:00",
];
const FORMAT_SAMPLES: Readonly<Record<string, readonly string[]>> = {
  date: ["2024-01-15"],
  "date-time": DATE_TIMES,
  "iso-date-time": DATE_TIMES,
  time: ["12:00:00Z", "12:00:00"],
  email: ["user@example.com"],
  uri: ["https://example.com"],
  url: ["https://example.com"],
  "uri-reference": ["https://example.com"],
  hostname: ["example.com"],
  ipv4: ["127.0.0.1"],
  ipv6: ["::1"],
  uuid: ["123e4567-e89b-12d3-a456-426614174000"],
};
const PATTERN_GUESSES = [
  "2024-01-15",
  ...DATE_TIMES,
  "2024-01",
  "https://example.com",
  "example.com",
  "12345",
  "abc",
  "abc123",
];

function sampleString(schema: JSONSchema, key: string, settings: Settings): string {
  const suffix = settings.random === null ? "" : `-${Math.floor(settings.random() * 1000)}`;
  const constrained =
    typeof schema.pattern === "string" ||
    typeof schema.format === "string" ||
    typeof schema.minLength === "number" ||
    typeof schema.maxLength === "number";
  const readable = schema.airbyte_secret === true ? `secret-${key}${suffix}` : `sample-${key}${suffix}`;
  if (!constrained) return readable;
  const candidates = [
    ...(Array.isArray(schema.examples)
      ? schema.examples.filter((e): e is string => typeof e === "string")
      : []),
    ...(typeof schema.default === "string" ? [schema.default] : []),
    ...(typeof schema.format === "string" ? (FORMAT_SAMPLES[schema.format] ?? []) : []),
    ...(typeof schema.pattern === "string" ? PATTERN_GUESSES : []),
    readable,
  ];
  for (const candidate of candidates) {
    const sized = fitLength(schema, candidate);
    if (leafAccepts(schema, sized)) return sized;
  }
  if (typeof schema.pattern === "string") {
    let generated: string[] = [];
    try {
      generated = fc.sample(fc.stringMatching(new RegExp(schema.pattern, "u")), {
        seed: settings.seed,
        numRuns: 50,
      });
    } catch {
      // fast-check cannot generate from every regular expression (lookbehind); fall back to the readable value.
    }
    for (const candidate of generated) if (leafAccepts(schema, candidate)) return candidate;
  }
  return fitLength(schema, readable);
}

function fitLength(schema: JSONSchema, value: string): string {
  let out = value;
  if (typeof schema.minLength === "number" && out.length < schema.minLength) {
    out = out.padEnd(schema.minLength, "x");
  }
  if (typeof schema.maxLength === "number" && out.length > schema.maxLength)
    out = out.slice(0, schema.maxLength);
  return out;
}

function sampleNumber(schema: JSONSchema, integer: boolean, settings: Settings): number {
  let low = typeof schema.minimum === "number" ? schema.minimum : Number.NEGATIVE_INFINITY;
  let high = typeof schema.maximum === "number" ? schema.maximum : Number.POSITIVE_INFINITY;
  const exclusiveMin = schema.exclusiveMinimum;
  const exclusiveMax = schema.exclusiveMaximum;
  if (typeof exclusiveMin === "number") low = Math.max(low, exclusiveMin + (integer ? 1 : 0.5));
  if (typeof exclusiveMax === "number") high = Math.min(high, exclusiveMax - (integer ? 1 : 0.5));
  if (integer) {
    low = Math.ceil(low);
    high = Math.floor(high);
  }
  const preferred = typeof schema.default === "number" ? schema.default : 1;
  let value: number;
  if (settings.random === null && preferred >= low && preferred <= high) value = preferred;
  else {
    const from = Number.isFinite(low) ? low : Math.min(0, high);
    const to = Number.isFinite(high) ? high : from + 100;
    value = from + (settings.random === null ? 0 : settings.random()) * (to - from);
    if (integer) value = Math.min(Math.round(value), to);
  }
  const step = typeof schema.multipleOf === "number" && schema.multipleOf > 0 ? schema.multipleOf : null;
  if (step !== null) value = Math.ceil(value / step) * step;
  return value;
}

function mainType(schema: JSONSchema): string | undefined {
  const type = schema.type;
  if (Array.isArray(type)) return type.find((name) => name !== "null") ?? type[0];
  return type;
}

function sampleArray(schema: JSONSchema, key: string, settings: Settings, depth: number): unknown[] {
  const items = isPlainObject(schema.items) ? (schema.items as JSONSchema) : {};
  const min = typeof schema.minItems === "number" ? schema.minItems : 1;
  const max = typeof schema.maxItems === "number" ? schema.maxItems : min + 2;
  const count = Math.min(max, min + (chance(settings, 0.3) ? 1 : 0));
  const out: unknown[] = [];
  const seen = new Set<string>();
  const choices = Array.isArray(items.enum) ? [...items.enum] : null;
  for (let attempt = 0; out.length < count && attempt < count * 5; attempt++) {
    let value: unknown;
    if (choices) {
      if (choices.length === 0) break;
      const index = settings.random === null ? 0 : Math.floor(settings.random() * choices.length);
      value = choices.splice(index, 1)[0];
    } else {
      // An array is always set as a whole, so its items are complete values even when sampling defaults.
      value = sampleValue(items, `${key}-${attempt}`, { ...settings, mode: "input" }, depth + 1);
    }
    const id = JSON.stringify(value);
    if (schema.uniqueItems === true && seen.has(id)) continue;
    seen.add(id);
    out.push(value);
  }
  return out;
}

function sampleObject(
  schema: JSONSchema,
  settings: Settings,
  depth: number,
): Record<string, unknown> | undefined {
  let node = schema;
  let discriminator: string | null = null;
  if (Array.isArray(schema.oneOf) && schema.oneOf.length > 0) {
    const option = pick(settings, schema.oneOf) ?? {};
    discriminator = findDiscriminator(schema.oneOf);
    node = {
      ...option,
      properties: { ...(schema.properties ?? {}), ...(option.properties ?? {}) },
      required: [...(schema.required ?? []), ...(option.required ?? [])],
    };
  }
  const properties = isPlainObject(node.properties) ? (node.properties as Record<string, JSONSchema>) : {};
  const required = new Set(node.required ?? []);
  const out: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    // Discriminators and other `const` fields are fixed values the form always sends.
    const isDiscriminator = key === discriminator || (isPlainObject(property) && "const" in property);
    const wanted =
      settings.mode === "input"
        ? required.has(key) || isDiscriminator || (depth < MAX_DEPTH && chance(settings, settings.include))
        : chance(settings, isDiscriminator ? 0.7 : settings.include);
    if (!wanted) continue;
    const value = sampleValue(property, key, settings, depth + 1);
    if (value !== undefined) out[key] = value;
  }
  if (settings.mode === "defaults" && Object.keys(out).length === 0) return undefined;
  return out;
}

function sampleValue(schema: JSONSchema, key: string, settings: Settings, depth: number): unknown {
  const fixed = constValue(schema);
  if (fixed !== undefined) return fixed;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const typed = schema.enum.filter((value) => leafAccepts(schema, value));
    return pick(settings, typed.length > 0 ? typed : schema.enum);
  }
  if (Array.isArray(schema.oneOf) || isPlainObject(schema.properties))
    return sampleObject(schema, settings, depth);
  switch (mainType(schema)) {
    case "object":
      return settings.mode === "defaults" ? undefined : {};
    case "array":
      return sampleArray(schema, key, settings, depth);
    case "integer":
      return sampleNumber(schema, true, settings);
    case "number":
      return sampleNumber(schema, false, settings);
    case "boolean":
      return settings.random === null ? true : settings.random() < 0.5;
    case "null":
      return null;
    default:
      return sampleString(schema, key, settings);
  }
}

function settingsFor(mode: Settings["mode"], seed: number | undefined, include: number): Settings {
  return {
    mode,
    include,
    random: seed === undefined ? null : mulberry32(seed),
    seed: seed ?? 0,
  };
}

/**
 * A deterministic valid value for a (user) schema: required fields filled with readable values, patterns and
 * formats satisfied, enums and consts respected, a oneOf option (the first, or a seeded one) with its
 * discriminator, arrays with their minimum items. Optional fields are left out.
 */
export function sampleValidInput(schema: JSONSchema, options: SampleOptions = {}): Record<string, unknown> {
  const normalized = normalizeSpec(schema).schema;
  const value = sampleObject(normalized, settingsFor("input", options.seed, 0), 0);
  return value ?? {};
}

/** A fast-check arbitrary of valid user input for a (user) schema, optional fields included at random. */
export function arbitraryValidInput(schema: JSONSchema): fc.Arbitrary<Record<string, unknown>> {
  const normalized = normalizeSpec(schema).schema;
  return fc
    .noShrink(fc.integer({ min: 0, max: 0x7fffffff }))
    .map((seed) => sampleObject(normalized, settingsFor("input", seed, 0.5), 0) ?? {});
}

/**
 * A fast-check arbitrary of template defaults (`partial_default_config`) for a full connector spec: random
 * subsets of valid values, including choosing oneOf options (with or without their discriminator).
 */
export function arbitraryTemplateDefaults(spec: JSONSchema): fc.Arbitrary<Record<string, unknown>> {
  const normalized = normalizeSpec(spec).schema;
  return fc
    .noShrink(fc.integer({ min: 0, max: 0x7fffffff }))
    .map((seed) => sampleObject(normalized, settingsFor("defaults", seed, 0.4), 0) ?? {});
}
