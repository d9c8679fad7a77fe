import addFormatsModule from "ajv-formats";

type FormatDefinition =
  | RegExp
  | ((value: string) => boolean)
  | { validate: RegExp | ((value: string) => boolean) };
type FormatsPlugin = { get: (name: string, mode?: "full" | "fast") => FormatDefinition };

// ajv-formats is CommonJS: depending on the loader its default import is the plugin or its module object.
const formats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as FormatsPlugin;

function check(format: string): (value: string) => boolean {
  const definition = formats.get(format, "full");
  const validate =
    typeof definition === "object" && "validate" in definition ? definition.validate : definition;
  return typeof validate === "function" ? validate : (value) => validate.test(value);
}

/** Values the server's date and time formats accept, to see whether a pattern admits any of them. */
const FORMAT_SAMPLES: Record<string, string[]> = {
  date: ["2020-02-29"],
  "date-time": [
    "2020-02-29T00:00:00Z",
    "2020-02-29T00:00:00.000Z",
    "2020-02-29T00:00:00.000000Z",
    "2020-02-29T00:00:00+00:00",
    "2020-02-29T00:00:00+0000",
    "2020-02-29 00:00:00Z",
    "2020-02-29T00:00:00.000+00:00",
  ],
  time: ["23:59:59Z", "23:59:59.000Z", "23:59:59+00:00"],
};

function compiles(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

/**
 * Resolves, on one schema node, the contradictions under which Airbyte's server accepts values a plain draft-07
 * validator would refuse: a date/time `format` the node's own `pattern` contradicts (its examples or default match
 * the pattern and not the format, or no value of the format matches the pattern) is an annotation; `null` in a
 * type list is the type name `"null"`; a lower limit above its upper limit limits nothing; an `enum` without the
 * node's `const` is ignored. Mutates the (already copied) node; reads `examples` and `default` before they go.
 */
export function resolveContradictions(node: Record<string, unknown>): void {
  const { format, pattern } = node;
  if (typeof format === "string" && typeof pattern === "string" && format in FORMAT_SAMPLES) {
    const regex = compiles(pattern);
    if (regex) {
      const accepts = check(format);
      const own = [...(Array.isArray(node.examples) ? node.examples : []), node.default];
      const contradicted = own.some(
        (value) => typeof value === "string" && value !== "" && regex.test(value) && !accepts(value),
      );
      if (contradicted || !(FORMAT_SAMPLES[format] ?? []).some((value) => regex.test(value)))
        delete node.format;
    }
  }
  if (node.type === null || (Array.isArray(node.type) && node.type.includes(null))) {
    node.type = [node.type].flat().map((name) => (name === null ? "null" : name));
  }
  for (const [low, high] of [
    ["minimum", "maximum"],
    ["minLength", "maxLength"],
    ["minItems", "maxItems"],
    ["minProperties", "maxProperties"],
  ] as const) {
    const min = node[low];
    const max = node[high];
    if (typeof min === "number" && typeof max === "number" && min > max) {
      delete node[low];
      delete node[high];
    }
  }
  if ("const" in node && Array.isArray(node.enum)) {
    const fixed = JSON.stringify(node.const);
    if (!node.enum.some((value) => JSON.stringify(value) === fixed)) delete node.enum;
  }
}
