// @vitest-environment node
import {
  buildPayload,
  dropUntouchedValues,
  type JSONSchema,
  mergeConfig,
  normalizeSpec,
  subtractDefaults,
  validateFullConfig,
} from "@credential-form/core";
import { allSources, arbitraryTemplateDefaults, arbitraryValidInput } from "@credential-form/test-utils";
import { createSchemaUtils, type RJSFSchema } from "@rjsf/utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { credentialFormValidator } from "../validator.js";

const sources = allSources();
// STRICTNESS_RUNS widens the search locally (e.g. STRICTNESS_RUNS=50); CI keeps it to a few seconds in all.
const runs = Number(process.env.STRICTNESS_RUNS ?? 3);
const seed = Number(process.env.STRICTNESS_SEED ?? 20261203);
// The largest real spec (GA4) takes ~0.3 s a run.
const timeout = 5000 + runs * 500;

interface Form {
  full: JSONSchema;
  user: RJSFSchema;
  defaults: Record<string, unknown>;
}

function formFor(spec: JSONSchema, defaults: Record<string, unknown>): Form {
  const full = normalizeSpec(spec).schema;
  const { $schema: _ignored, ...user } = subtractDefaults(full, defaults).schema;
  return { full, user: user as RJSFSchema, defaults };
}

/** What the form holds once RJSF has seeded its defaults and constants around what the user typed. */
function seeded(form: Form, typed: Record<string, unknown>): Record<string, unknown> {
  const utils = createSchemaUtils(credentialFormValidator, form.user);
  return utils.getDefaultFormState(form.user, typed) as Record<string, unknown>;
}

/** The configuration the form submits from what it holds (as `useCredentialForm`'s submit builds it). */
function submitted(form: Form, formData: Record<string, unknown>): Record<string, unknown> {
  const userConfig = buildPayload({
    schema: form.user as JSONSchema,
    formData: dropUntouchedValues(form.user, formData),
    defaults: form.defaults,
  });
  return mergeConfig(form.defaults, userConfig);
}

/** A user's slip on top of a valid config: a top-level value removed or of the wrong type (or none). */
const slips = fc.oneof(
  fc.constant(null),
  fc.record({ index: fc.nat(), action: fc.constantFrom("delete", "wrong type") }),
);

function slip(
  config: Record<string, unknown>,
  how: { index: number; action: string } | null,
): Record<string, unknown> {
  const keys = Object.keys(config);
  if (how === null || keys.length === 0) return config;
  const key = keys[how.index % keys.length] as string;
  const out = { ...config };
  if (how.action === "delete") delete out[key];
  else out[key] = typeof out[key] === "number" ? "not a number" : 12345;
  return out;
}

/** Minimal specs shaped like the real ones (from the full registry) the form could not submit before. */
const SHAPES: [string, JSONSchema][] = [
  [
    "format: date under a dd-mm-yyyy pattern",
    {
      type: "object",
      required: ["start_date"],
      properties: {
        start_date: {
          type: "string",
          format: "date",
          pattern: "^[0-9]{2}-[0-9]{2}-[0-9]{4}$",
          description: "Start date in dd-mm-yyyy",
        },
      },
    },
  ],
  [
    "format: date-time under a date-only pattern, date-only example and default",
    {
      type: "object",
      properties: {
        start_date: {
          type: "string",
          format: "date-time",
          pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
          examples: ["2023-01-01"],
          default: "2023-01-01",
        },
      },
    },
  ],
  [
    'type: number with default "1000"',
    { type: "object", properties: { page_size: { type: "number", default: "1000" } } },
  ],
  [
    "type: [number, null]",
    { type: "object", required: ["lookback"], properties: { lookback: { type: ["number", null] } } },
  ],
  [
    "an optional credentials object requiring its const auth_method and a token",
    {
      type: "object",
      required: ["domain"],
      properties: {
        domain: { type: "string" },
        credentials: {
          type: "object",
          required: ["auth_method", "access_token"],
          properties: {
            auth_method: { type: "string", const: "api_token" },
            access_token: { type: "string", airbyte_secret: true },
          },
        },
      },
    },
  ],
] as unknown as [string, JSONSchema][];

const cases: [string, JSONSchema][] = [
  ...SHAPES,
  ...sources.map(
    (source) =>
      [source.dockerRepository, source.spec.connectionSpecification as JSONSchema] as [string, JSONSchema],
  ),
];

describe.each(cases)("%s: the form is exactly as strict as the spec", (_name, spec) => {
  const inputs = fc.tuple(
    fc.oneof(fc.constant({}), arbitraryTemplateDefaults(spec)),
    fc.integer({ min: 0, max: 0x7fffffff }),
  );

  function typedFor(form: Form, inputSeed: number): Record<string, unknown> {
    return fc.sample(arbitraryValidInput(form.user as JSONSchema), { seed: inputSeed, numRuns: 1 })[0] ?? {};
  }

  it(
    "submits every valid configuration the user can type, over any template defaults",
    () => {
      fc.assert(
        fc.property(inputs, ([defaults, inputSeed]) => {
          const form = formFor(spec, defaults);
          const typed = typedFor(form, inputSeed);
          // Template defaults that are invalid on their own are the template's problem, not the form's.
          fc.pre(validateFullConfig(form.full, mergeConfig(defaults, typed)).valid);
          const config = submitted(form, seeded(form, typed));
          expect(validateFullConfig(form.full, config).errors, JSON.stringify({ defaults, typed })).toEqual(
            [],
          );
        }),
        { numRuns: runs, seed },
      );
    },
    timeout,
  );

  it(
    "validates the user's config on the user schema (RJSF's validator) as the full spec validates the merged one",
    () => {
      fc.assert(
        fc.property(inputs, slips, ([defaults, inputSeed], how) => {
          const form = formFor(spec, defaults);
          // What RJSF holds after the slip (it seeds what cannot be left out, e.g. an object of constants), submitted.
          const formData = seeded(form, slip(typedFor(form, inputSeed), how));
          const userConfig = buildPayload({
            schema: form.user as JSONSchema,
            formData: dropUntouchedValues(form.user, formData),
            defaults,
          });
          const full = validateFullConfig(form.full, mergeConfig(defaults, userConfig));
          const client = credentialFormValidator.validateFormData(userConfig, form.user);
          expect(
            client.errors.length === 0,
            JSON.stringify({ defaults, userConfig, full: full.errors }),
          ).toBe(full.valid);
        }),
        { numRuns: runs, seed },
      );
    },
    timeout,
  );
});
