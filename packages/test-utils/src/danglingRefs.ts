/** Keywords whose value is data, not schemas: a `$ref` key inside them is not a reference. */
const DATA_KEYWORDS = new Set(["default", "examples", "enum", "const"]);
/** Keywords whose value maps names (any name, `default` included) to schemas. */
const MAP_KEYWORDS = new Set(["properties", "patternProperties", "definitions", "$defs", "dependencies"]);
/** Maps of schemas that are only used through a `$ref`: walked when a ref names something in them. */
const DEFINITIONS = new Set(["definitions", "$defs"]);

const escapeToken = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** The pointer tokens of a local `$ref` (`#/…`, percent-decoded, `~0`/`~1` unescaped); `null` for any other. */
function tokensOf(ref: string): string[] | null {
  if (!ref.startsWith("#")) return null;
  let pointer = ref.slice(1);
  try {
    pointer = decodeURIComponent(pointer);
  } catch {
    // Not percent-encoded: read as written.
  }
  return pointer === ""
    ? []
    : pointer
        .split("/")
        .slice(1)
        .map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Every `$ref` a form would meet in `schema` that names no schema object in `schema` itself, as
 * `"<pointer of the ref> → <ref>"`: RJSF (and its validator) resolve refs against the schema they get, and throw
 * on one naming nothing. Walks every schema keyword from the root, and `definitions` / `$defs` entries only as far
 * as a ref reaches them (an unused definition is never resolved). Empty when every such ref resolves.
 */
export function danglingRefs(schema: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, path: string, isMap = false): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    const ref = isMap ? undefined : (node as Record<string, unknown>).$ref;
    if (typeof ref === "string") {
      const tokens = tokensOf(ref);
      let target: unknown = tokens === null ? undefined : schema;
      for (const token of tokens ?? []) {
        target =
          typeof target === "object" && target !== null && Object.hasOwn(target, token)
            ? (target as Record<string, unknown>)[token]
            : undefined;
      }
      if (typeof target !== "object" || target === null || Array.isArray(target))
        found.push(`${path}/$ref → ${ref}`);
      else visit(target, `#${(tokens ?? []).map((t) => `/${escapeToken(t)}`).join("")}`);
    }
    for (const [key, value] of Object.entries(node)) {
      if (!isMap && (DATA_KEYWORDS.has(key) || DEFINITIONS.has(key))) continue;
      visit(value, `${path}/${escapeToken(key)}`, !isMap && MAP_KEYWORDS.has(key));
    }
  };
  visit(schema, "");
  return found;
}
