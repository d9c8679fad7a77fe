/** Body keys under which the flavours send the config; stripped so paths point into the config itself. */
export const CONFIG_BODY_KEYS: readonly string[] = [
  "connection_configuration",
  "source_config",
  "configuration",
  "config",
  "replication_config",
];

/**
 * Turns a server's field location (FastAPI `loc` array, JSON pointer, `#/a/b`, or `a.b[0].c`) into a JSON
 * pointer into the config, dropping the leading `body` and the flavour's config key. With `configParts` (the current
 * API: `credentials`, `environment`) the body holds the config in several keys: those parts are kept as they are
 * (`credentials.api_key` → `/credentials/api_key`), and any other key is outside the config. Returns `null` when
 * the location points outside the config (e.g. `body.workspace_id`, or `workspace_name` with `configParts`).
 */
export function toConfigPointer(
  location: unknown,
  configKeys: readonly string[] = CONFIG_BODY_KEYS,
  configParts?: readonly string[],
): string | null {
  let segments: string[];
  if (Array.isArray(location)) {
    segments = location.map(String);
    // FastAPI's other request parts.
    if (/^(query|path|header|cookie)$/.test(segments[0]!)) return null;
  } else if (typeof location === "string") {
    const text = location.trim().replace(/^#/, "");
    segments = text.startsWith("/")
      ? text
          .slice(1)
          .split("/")
          .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      : text
          .replace(/\[(\d+)\]/g, ".$1")
          .split(".")
          .filter((s) => s);
  } else {
    return null;
  }
  const hadBody = segments[0] === "body";
  if (hadBody) segments.shift();
  if (configKeys.includes(segments[0]!)) segments.shift();
  else if (configParts ? !configParts.includes(segments[0]!) : hadBody) return null;
  return segments.map((s) => `/${s.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
