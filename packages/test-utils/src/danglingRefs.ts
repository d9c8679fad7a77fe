/** Keywords whose value is data, not schemas: a `$ref` key inside them is not a reference. */
const DATA_KEYWORDS = new Set(["default", "examples", "enum", "const"]);
/** Keywords whose value maps names (any name, `default` included) to schemas. */
const MAP_KEYWORDS = new Set(["properties", "patternProperties", "definitions", "$defs", "dependencies"]);

/** The value a local `$ref` (`#/…`, percent-decoded, `~0`/`~1` unescaped) names in `root`; `undefined` if none. */
function resolve(root: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let pointer = ref.slice(1);
  try {
    pointer = decodeURIComponent(pointer);
  } catch {
    // Not percent-encoded: read as written.
  }
  if (pointer === "") return root;
  let node: unknown = root;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * Every `$ref` of `schema` that names no schema object in `schema` itself, as `"<pointer of the ref> → <ref>"`:
 * what a form (RJSF resolves refs against the schema it renders) would fail on. Empty when every ref resolves.
 */
export function danglingRefs(schema: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown, path: string, isMap = false): void => {
    if (typeof node !== "object" || node === null) return;
    const ref = (node as Record<string, unknown>).$ref;
    if (typeof ref === "string") {
      const target = resolve(schema, ref);
      if (typeof target !== "object" || target === null || Array.isArray(target))
        found.push(`${path}/$ref → ${ref}`);
    }
    for (const [key, value] of Object.entries(node))
      if (isMap || !DATA_KEYWORDS.has(key))
        visit(
          value,
          `${path}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
          !isMap && MAP_KEYWORDS.has(key),
        );
  };
  visit(schema, "");
  return found;
}
